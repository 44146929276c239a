// Small helpers the rules share: looking at the words around a match, and building results.
import { formatDay, type Day } from '../../../calendar/day.js';
import { lowerBound } from '../../../util/lowerBound.js';
import { lexicon } from '../lexicon.js';
import type { Candidate, CandidateRole, DateType, Granularity, SentenceContext } from '../types.js';

export type Found = Omit<Candidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number };

export const PLAIN: CandidateRole = { kind: 'plain' };

export function found(type: DateType, value: string | null, granularity: Granularity, relative = false, role: CandidateRole = PLAIN): Found {
  return { type, value, granularity, relative, role };
}

/** The word just before sentence offset `index` (lower-cased, without punctuation), or ''. */
export function wordBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 30), index);
  const m = /([\p{L}\p{N}.'’$€£#-]+)[\s]*$/u.exec(window);
  return m ? m[1]!.toLowerCase() : '';
}

/** The original-case word just before `index`, or ''. */
export function rawWordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’.-]+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]! : '';
}

/** The word just after sentence offset `index` (original case), or ''. */
export function wordAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}%$'’-]+)/u.exec(text.slice(index, index + 30));
  return m ? m[1]! : '';
}

/** The two words before `index`, lower-cased ("more than"). */
export function twoWordsBefore(text: string, index: number): string {
  const m = /([\p{L}']+)\s+([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m ? `${m[1]} ${m[2]}`.toLowerCase() : '';
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** True when `index` starts the sentence (only quotes or brackets before it). */
export const atSentenceStart = (text: string, index: number) => index <= 8 && /^[\s"'“‘(\[]*$/.test(text.slice(0, index));

/** A day value, or null without a reference day. */
export const dayValue = (day: Day | null) => (day ? formatDay(day) : null);

/** Is there only punctuation (or nothing) after `index` before the clause goes on? */
export const endsClause = (text: string, index: number) => /^\s{0,2}(?:[,.;:!?)”"’]|$)/.test(text.slice(index, index + 4));

export function tokenAfter(ctx: SentenceContext, offset: number) {
  const absolute = ctx.start + offset;
  return ctx.tokens[lowerBound(ctx.tokens.length, (i) => ctx.tokens[i]!.start, absolute)];
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** A half unit in the next smaller one, as TimeML writes "2 1/2 years" (P2Y6M) or "an hour and a half" (PT1H30M). */
const HALVES: Record<string, string> = { Y: '6M', D: 'T12H', TH: '30M', TM: '30S' };

/** ISO 8601 duration of `quantity` units ("P3Y", "PT24H", "PXD" when vague, "P20Y" for two decades, "PXE" for decades). */
export function periodValue(quantity: number | null, unitWord: string): { value: string; granularity: Granularity } | null {
  const unit = lexicon.unit(unitWord);
  if (!unit) return null;
  const granularity = unit.granularity;
  if (unit.years) return { value: quantity === null ? `PX${unit.vagueCode}` : `P${quantity * unit.years}Y`, granularity };
  const time = unit.time ? 'T' : '';
  if (quantity === null) return { value: `P${time}X${unit.code}`, granularity };
  const amount = quantity * (unit.multiplier ?? 1);
  const half = HALVES[time + unit.code];
  if (!Number.isInteger(amount) && Number.isInteger(amount * 2) && half) {
    const whole = Math.floor(amount);
    return { value: `P${time}${whole ? `${whole}${unit.code}` : ''}${half}`, granularity };
  }
  return { value: `P${time}${amount}${unit.code}`, granularity };
}
