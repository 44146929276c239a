// Reads a figure at a word: an optional qualifier ("more than", "about"), then digits
// ("1,200", "1.5 million"), number words ("twenty-three", "two dozen"), a range
// ("20-25", "between 15 and 20", "two or three") or a vague quantity ("dozens"), and
// maps it to the bounds CONTRACT.md lists.
import { lexicon, type QualifierMode } from './lexicon.js';
import type { Word } from './words.js';

export interface Quantity {
  /** Word indices [start, end) of the whole figure, qualifier included. */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  approximate: boolean;
  /** A vague plural ("dozens", "hundreds") rather than a number. */
  vague: boolean;
  /** The figure counts groups ("a dozen"), so "of" may follow it. */
  group: boolean;
}

interface Core {
  value: number;
  end: number;
  vague: boolean;
  group: boolean;
}

const RANGE_DASHES = new Set(['-', '–', '—', 'to', 'or']);

/** Digits: "1,200", "35000", "1.5" (only with a multiplier after it). */
function digitValue(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  return null;
}

/** "twenty-three" (one hyphenated word) → 23; null unless every part is a number word. */
function hyphenatedValue(lower: string): number | null {
  const parts = lower.split('-');
  if (parts.length !== 2) return null;
  const tens = lexicon.tens.get(parts[0]!);
  const unit = lexicon.units.get(parts[1]!);
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
}

function smallWordValue(lower: string): number | null {
  return lexicon.units.get(lower) ?? lexicon.tens.get(lower) ?? hyphenatedValue(lower);
}

/** Number words and digits with multipliers: "two hundred and fifty", "1.5 million", "a dozen". */
function readCore(words: Word[], i: number): Core | null {
  const w = words[i];
  if (!w) return null;
  const vague = lexicon.vague.at(words, i);
  if (vague) return { value: vague.value, end: vague.end, vague: true, group: true };

  let total = 0;
  let current: number | null = null;
  let k = i;
  let group = false;
  if (w.kind === 'number') {
    current = digitValue(w.text);
    if (current === null) return null;
    k = i + 1;
  } else if (w.lower === 'a' || w.lower === 'one') {
    // "a dozen", "a hundred", "half a dozen" handled below; "a" alone is not a number here.
    const next = words[i + 1]?.lower ?? '';
    if (w.lower === 'a' && !lexicon.multipliers.has(next) && !lexicon.groups.has(next)) return null;
    current = 1;
    k = i + 1;
  } else if (w.lower === 'half' && words[i + 1]?.lower === 'a' && words[i + 2]?.lower === 'dozen') {
    return { value: 6, end: i + 3, vague: false, group: true };
  } else {
    const pair = lexicon.pairs.get(w.lower);
    if (pair !== undefined) return { value: pair, end: i + 1, vague: false, group: false };
    current = smallWordValue(w.lower);
    if (current === null) return null;
    k = i + 1;
  }
  // Continue with number words: "two hundred (and) fifty", "three thousand five hundred".
  for (;;) {
    const next = words[k];
    if (!next || next.kind !== 'word') break;
    const mult = lexicon.multipliers.get(next.lower);
    const grp = lexicon.groups.get(next.lower);
    if (mult !== undefined) {
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      k++;
      continue;
    }
    if (grp !== undefined) {
      current = (current || 1) * grp;
      group = true;
      k++;
      continue;
    }
    const small = smallWordValue(next.lower);
    const previous = words[k - 1]!;
    if (small !== null && previous.kind === 'word' && lexicon.multipliers.has(previous.lower)) {
      current = (current ?? 0) + small;
      k++;
      continue;
    }
    if (next.lower === 'and' && lexicon.multipliers.has(previous.lower)) {
      const after = words[k + 1];
      const afterValue = after ? smallWordValue(after.lower) : null;
      if (afterValue !== null) {
        current = (current ?? 0) + afterValue;
        k += 2;
        continue;
      }
    }
    break;
  }
  const value = Math.round(total + (current ?? 0));
  if (!Number.isInteger(total + (current ?? 0)) && k === i + 1) return null; // "12.5" alone is a measure
  // "a" and "one" alone: only "one" is a number.
  if (k === i + 1 && w.lower === 'a') return null;
  return { value, end: k, vague: false, group };
}

function bounds(mode: QualifierMode, low: number, high: number, vague: boolean): Pick<Quantity, 'low' | 'high' | 'approximate'> {
  if (vague) return { low, high: null, approximate: false };
  switch (mode) {
    case 'more': return { low: high + 1, high: null, approximate: false };
    case 'atLeast': return { low, high: null, approximate: false };
    case 'below': return { low: null, high: low - 1, approximate: false };
    case 'upTo': return { low: null, high, approximate: false };
    case 'approx': return { low, high, approximate: true };
    case 'plain': return { low, high, approximate: false };
  }
}

/** The figure starting at word i, or null. */
export function readQuantity(words: Word[], i: number): Quantity | null {
  let k = i;
  let mode: QualifierMode = 'plain';
  const qualifier = lexicon.qualifiers.at(words, k);
  if (qualifier) {
    mode = qualifier.value;
    k = qualifier.end;
  }
  if (words[k]?.lower === 'between') {
    const first = readCore(words, k + 1);
    if (first && !first.vague && words[first.end]?.lower === 'and') {
      const second = readCore(words, first.end + 1);
      if (second && !second.vague && second.value > first.value) {
        return { start: i, end: second.end, low: first.value, high: second.value, approximate: mode === 'approx', vague: false, group: second.group };
      }
    }
    return null;
  }
  const core = readCore(words, k);
  if (!core) return null;
  // A range: "20-25", "20 to 25", "two or three".
  const dash = words[core.end];
  if (!core.vague && dash && RANGE_DASHES.has(dash.lower)) {
    const second = readCore(words, core.end + 1);
    if (second && !second.vague && second.value > core.value && (dash.kind === 'word' || dash.end === words[core.end + 1]!.start || dash.start === words[core.end - 1]!.end)) {
      const b = bounds(mode, core.value, second.value, false);
      const lowHigh = mode === 'plain' || mode === 'approx' ? { low: core.value, high: second.value, approximate: mode === 'approx' } : b;
      return { start: i, end: second.end, ...lowHigh, vague: false, group: second.group };
    }
  }
  return { start: i, end: core.end, ...bounds(mode, core.value, core.value, core.vague), vague: core.vague, group: core.group };
}
