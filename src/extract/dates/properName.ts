// A month or month-day inside a capitalised proper name is not a date: "the April 6 Youth Movement",
// "9 May Street", "June 4th Square", "the M23 (March 23 Movement)". Two signs, both bounded:
//  - a capitalised head word from data/properNameHeads.json follows, right after the date or after
//    one more capitalised word, with only spaces between ("On March 23, Movement leaders" stays);
//  - the date sits in the parenthesised expansion of an acronym ("XYZ (Title Case Words)") that
//    has a capitalised word besides the date ("NATO (April 2023)" stays).
import properNameHeads from './data/properNameHeads.json' with { type: 'json' };
import type { Candidate } from './types.js';

const HEADS = new Set(properNameHeads.heads);
/** Rules whose match is a month name, possibly with a day or year. */
const MONTH_RULES = new Set(['monthDayYear', 'dayMonthYear', 'monthYear', 'monthName']);
/** How far to look around a date for a name; keeps the check linear on huge lines. */
const WINDOW = 80;
const CAPITALISED = /^[A-Z][a-z]+\.?$/;
const ACRONYM_BEFORE_PAREN = /(?:^|[\s(])[A-Z][A-Z0-9&-]{1,9}\s{0,2}\($/;
const TITLE_WORD = /^(?:[A-Z][\w'’&-]*|\d+(?:st|nd|rd|th)?|of|the|for|and|de|du|al|el)$/;

/** Spaces-only separated words right after `end` (none across punctuation). */
function followingWords(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let i = end;
  const limit = Math.min(text.length, end + WINDOW);
  while (words.length < count && i < limit) {
    let spaces = 0;
    while (i < limit && text[i] === ' ') {
      i++;
      spaces++;
    }
    if (spaces === 0 || spaces > 2) break;
    const start = i;
    while (i < limit && /[A-Za-z.]/.test(text[i]!)) i++;
    if (i === start) break;
    words.push(text.slice(start, i));
  }
  return words;
}

/** "March 23 Movement", "April 6 Youth Movement": a head follows, at most one capitalised word between. */
export function isFollowedByNameHead(text: string, end: number): boolean {
  const [first, second] = followingWords(text, end, 2);
  if (!first || !CAPITALISED.test(first)) return false;
  if (HEADS.has(first.replace(/\.$/, ''))) return true;
  return !first.endsWith('.') && second !== undefined && CAPITALISED.test(second) && HEADS.has(second.replace(/\.$/, ''));
}

/** "M23 (March 23 Movement)": the date is inside a Title Case expansion right after an acronym. */
export function isInAcronymExpansion(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || start - open > WINDOW) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > WINDOW) return false;
  if (!ACRONYM_BEFORE_PAREN.test(text.slice(Math.max(0, open - 14), open + 1))) return false;
  const words = text.slice(open + 1, close).split(/[\s,]+/).filter(Boolean);
  if (!words.every((w) => TITLE_WORD.test(w))) return false;
  const outside = (text.slice(open + 1, start) + ' ' + text.slice(end, close)).split(/\s+/);
  return outside.some((w) => CAPITALISED.test(w));
}

/** Drops month dates that are part of a proper name. */
export function dropProperNameDates(items: Candidate[], text: string): Candidate[] {
  return items.filter((c) => !(MONTH_RULES.has(c.rule) && (isFollowedByNameHead(text, c.end) || isInAcronymExpansion(text, c.start, c.end))));
}
