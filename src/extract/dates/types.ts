// What a rule sees (a sentence with its reference date and tense) and what it returns.
import type { Day } from '../../calendar/day.js';
import type { Token } from '../../document/index.js';
import type { DateItem } from '../../schema/result.js';

export type Direction = 'past' | 'future' | 'nearest';
export type Granularity = DateItem['granularity'];
export type DateType = DateItem['type'];

/** What later steps (merging, anchoring) need to know about a found expression. */
export type CandidateRole =
  | { kind: 'calendarDay'; day: Day | null }
  | { kind: 'clock'; time: string; bare: boolean }
  | { kind: 'eventRelative'; offset: number; unit: string; part?: string }
  /** "a year ago": counted from the reference date, or from a quarter the article just named. */
  | { kind: 'ago'; offset: number; unit: string }
  /** "the quarter", "the year-ago period": the last quarter named, shifted; `current` keeps the reference's. */
  | { kind: 'reportingPeriod'; years: number; quarters: number; current: boolean; needsAnchor: boolean }
  | { kind: 'plain' };

export interface Candidate {
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  type: DateType;
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  rule: string;
  role: CandidateRole;
}

export interface SentenceContext {
  /** The sentence text and its UTF-16 start in the document. */
  text: string;
  start: number;
  reference: Day | null;
  /** compromise tokens inside the sentence. */
  tokens: Token[];
  /** The tense that governs a span of the sentence (sentence-relative offsets). */
  directionAt(start: number, end: number): Direction;
}

/** A rule: a global pattern and a function turning one match into a candidate (or nothing). */
export interface Rule {
  name: string;
  pattern: RegExp;
  normalise(match: RegExpExecArray, ctx: SentenceContext): Omit<Candidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number } | null;
}
