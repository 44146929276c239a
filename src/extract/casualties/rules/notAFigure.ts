// Numbers that count something other than people: dates, years, ages, times,
// measures, money, vehicles, buildings and the like (CONTRACT.md: never casualties).
import type { RangeIndex } from '../../../util/rangeIndex.js';
import { lexicon } from '../lexicon.js';
import type { Quantity } from '../quantity.js';
import type { Word } from '../words.js';
import { MONTH_NUMBERS } from '../../../lexicon/calendarWords.js';

const MONTHS = new Set(Object.keys(MONTH_NUMBERS));
const isMonth = (w: Word | undefined) => !!w && w.kind === 'word' && MONTHS.has(w.lower) && (w.lower !== 'may' || w.text === 'May') && (w.lower !== 'march' || w.text === 'March');
const YEAR = /^(1[89]|20)\d\d$/;
const TIME_SEPARATORS = new Set([':', '.']);

const CORRELATIVE_WINDOW = 4;

/** "both civilians and combatants": "both … and" joins two groups; it does not count two people. */
function isCorrelative(words: Word[], q: Quantity): boolean {
  if (q.end - q.start !== 1 || words[q.start]!.lower !== 'both') return false;
  for (let k = q.end; k < Math.min(words.length, q.end + CORRELATIVE_WINDOW + 1); k++) {
    if (words[k]!.kind !== 'word') return false;
    if (words[k]!.lower === 'and') return k > q.end;
  }
  return false;
}

export interface FigureContext {
  words: Word[];
  /** UTF-16 ranges of dates, times and durations found by the dates extractor. */
  dateRanges: RangeIndex;
}

/** Why the figure is not a count of people, or null when it may be one. */
export function notAFigure(ctx: FigureContext, q: Quantity): string | null {
  const { words } = ctx;
  const first = words[q.start]!;
  const last = words[q.end - 1]!;
  const before = words[q.start - 1];
  const after = words[q.end];
  const next = after?.kind === 'quote' ? words[q.end + 1] : after;

  if (ctx.dateRanges.overlaps(first.start, last.end)) return 'date';
  if (isMonth(before) || isMonth(after) || (after?.lower === 'of' && isMonth(words[q.end + 1]))) return 'date';
  if (q.end - q.start === 1 && first.kind === 'number' && YEAR.test(first.text) && !q.vague) {
    // A bare four-digit number in 1800–2099 is a year unless people follow it.
    if (!next || next.kind !== 'word' || lexicon.nounPhraseStops.has(next.lower) || lexicon.nonVictimNouns.has(next.lower)) return 'year';
  }
  if (before && (lexicon.currencySymbols.has(before.text) || /^[A-Z]{0,3}\$$/.test(before.text))) return 'money';
  if (before && (lexicon.agePrecedents.has(before.lower) || lexicon.labelPrecedents.has(before.lower))) return 'label or age';
  if (before?.lower === 'no' || before?.lower === 'not') return 'negated';
  if (after && (after.text === '%' || TIME_SEPARATORS.has(after.text)) && words[q.end + 1]?.kind === 'number' && after.end === words[q.end + 1]!.start) return 'time';
  if (after?.text === '%') return 'percent';
  // "23-year-old", "5-kilometre", "four-day": a number glued to a word by a hyphen is a modifier.
  if (after && (after.text === '-' || after.text === '–') && after.start === last.end && words[q.end + 1]?.kind === 'word') return 'compound modifier';
  if (after && lexicon.agePhrases.at(words, q.end)) return 'age';
  if (next && next.kind === 'word' && lexicon.nonVictimNouns.has(next.lower)) return 'not people';
  if (next?.lower === 'of' && q.vague && lexicon.nonVictimNouns.has(words[q.end + 1 + (after === next ? 0 : 1)]?.lower ?? '')) return 'not people';
  // "Rose Estime, 62, who fled": a bare number between commas after a name is an age.
  if (before?.text === ',' && after?.text === ',' && q.end - q.start === 1 && /^\p{Lu}/u.test(words[q.start - 2]?.text ?? '')) return 'age';
  if (before?.text === '(' && after?.text === ')') return 'parenthetical';
  if (isCorrelative(words, q)) return 'correlative';
  return null;
}
