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

/** ISO 8601 duration of `quantity` units ("P3Y", "PT24H", "PXD" when vague). */
export function periodValue(quantity: number | null, unitWord: string): { value: string; granularity: Granularity } | null {
  const unit = lexicon.unit(unitWord);
  if (!unit) return null;
  const amount = quantity === null ? 'X' : String(quantity * (unit.multiplier ?? 1));
  return { value: `P${unit.time ? 'T' : ''}${amount}${unit.code}`, granularity: unit.granularity };
}
