// A story's dateline: the place (and agency, and often the date) that opens the first
// paragraph. "KABUL (Reuters) - …", "KHARTOUM, Sudan, March 3, 2019 (AFP) — …",
// "Nairobi, October 9/2021 – …", "October 9, 2021 (KHARTOUM) – …", "MOSUL, Nov 4 (Wire) - …",
// "Lima, Aug 23 (Agency) Peru's …". A date without a year gives a partial day, XXXX-11-04.
import { MONTH_NUMBERS } from '../lexicon/calendarWords.js';
import { findFullDate, MONTH } from '../calendar/fullDate.js';
import { isValidDate } from '../calendar/day.js';
import { isMediaName } from './outlets.js';

export interface Dateline {
  place: string | null;
  agency: string | null;
  /** YYYY-MM-DD, XXXX-MM-DD without a year, or null. */
  date: string | null;
  length: number;
}

const monthNumber = MONTH_NUMBERS;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}${MONTH}(?![\\w])`, 'i');

// Bounded spaces: two unbounded \s* around an optional group backtrack cubically on a
// capitalised word followed by thousands of spaces.
const CAPITALS_DATELINE = /^(\p{Lu}[\p{Lu}'’.\- ]{1,40}(?:,[ \t]{0,3}\p{Lu}[\p{L}'’.\- ]{1,40})?)[ \t]{0,3}(?:\(([^()\n]{2,30})\))?[ \t]{0,3}[-–—][ \t\u00a0]/u;
/** The head of a dated dateline: up to a dash, or up to "(Agency)" when the story runs on after it. */
const DATED_HEAD = /^([^\n]{3,80}?)(?:[ \t]{1,3}(?:--|[-–—])[ \t\u00a0]|(?<=\))[ \t]{1,3}(?=\p{Lu}))/u;
const AGENCY = /\(([^()\n]{2,30})\)/;
const PLACE_WORD = /^(?:\p{Lu}[\p{L}'’.\/-]*|de|al|el|la|of)$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** A month and day with no year ("Nov 4", "16 February") as XXXX-MM-DD. */
function yearlessDay(text: string): { value: string; index: number; length: number } | null {
  for (const [pattern, monthGroup, dayGroup] of [[MONTH_DAY, 1, 2], [DAY_MONTH, 2, 1]] as const) {
    const m = pattern.exec(text);
    if (!m) continue;
    const month = monthNumber[m[monthGroup]!.toLowerCase()];
    const day = Number(m[dayGroup]);
    // 2000 is a leap year: "Feb 29" stays a possible day.
    if (month && isValidDate({ year: 2000, month, day })) return { value: `XXXX-${pad(month)}-${pad(day)}`, index: m.index, length: m[0].length };
  }
  return null;
}

/** "KHARTOUM, Sudan, March 3, 2019 (AFP)" → place, agency and date, when the rest is only a place. */
function datedHead(head: string): Omit<Dateline, 'length'> | null {
  const full = findFullDate(head);
  const found = full ? { value: full.iso, index: full.index, length: full.length } : yearlessDay(head);
  if (!found) return null;
  let rest = head.slice(0, found.index) + ' ' + head.slice(found.index + found.length);
  const agencyMatch = AGENCY.exec(rest);
  let agency = agencyMatch?.[1]!.trim() ?? null;
  rest = rest.replace(AGENCY, ' ');
  let place = rest.replace(/[\s,]+/g, ' ').trim();
  // "October 9, 2021 (KHARTOUM)": the place is in the brackets.
  if (!place && agency && !isMediaName(agency) && agency === agency.toUpperCase()) [place, agency] = [agency, null];
  const words = place.split(' ');
  if (!place || words.length > 5 || !words.every((w) => PLACE_WORD.test(w))) return null;
  return { place: head.slice(0, found.index).replace(/[\s,]+$/, '').trim() || place, agency, date: found.value };
}

/** The dateline that opens `text`, or null. */
export function readDateline(text: string): Dateline | null {
  const capitals = CAPITALS_DATELINE.exec(text);
  if (capitals) {
    const head = capitals[1]!;
    const firstWord = head.split(/[ ,]/)[0]!;
    // A dateline's place is in capitals ("MAIDUGURI, Nigeria"), unlike an ordinary sentence start.
    if (/^\p{Lu}{3,}/u.test(head.replace(/[.'’\- ]/g, '')) && firstWord === firstWord.toUpperCase() && firstWord.length >= 3) {
      return { place: head.trim(), agency: capitals[2]?.trim() ?? null, date: null, length: capitals[0].length };
    }
  }
  const dated = DATED_HEAD.exec(text);
  const head = dated && datedHead(dated[1]!);
  return head ? { ...head, length: dated[0].length } : null;
}
