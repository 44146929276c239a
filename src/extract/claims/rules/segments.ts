// One claim per dated clause: a sentence whose clauses carry different dates ("ISWAP
// split from the group in 2016 and has since …", "…, which began deploying in June
// 2024, has about …", "X said on Wednesday that Y happened in March") is cut between
// the dates at a clause boundary, so each date dates its own stretch of text.
import type { Document, Sentence, Token } from '../../../document/index.js';
import { lowerBound } from '../../../util/lowerBound.js';
import type { DateInSentence } from './sentenceDates.js';
import { tokensBefore } from './tokensBefore.js';

export interface Segment {
  /** UTF-16 offsets, trimmed. */
  start: number;
  end: number;
  date: DateInSentence | null;
}

/** Words that open a new clause. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'when', 'which', 'where', 'after', 'before', 'as', 'though', 'although', 'that', 'who']);
/** Words that join clauses, but also nouns ("soldiers and fighters"): a clause only after a comma or before a verb. */
const COORDINATORS = new Set(['and', 'but']);
/** Words that open a relative clause: a date after one of them and its verb dates that clause, not the sentence. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** How far back from a date a relative pronoun may open its clause. */
const RELATIVE_WINDOW = 12;

const isBoundaryAfter = (token: Token) => /[,;:–—]/.test(token.post);
const isVerb = (token: Token) => token.tags.has('Verb');
/** "2025-10-28T03:00" and "2025-10-28" date the same day. */
const day = (d: DateInSentence) => d.item.value?.replace(/T.*$/, '') ?? null;

/**
 * Splits the sentence at clause boundaries between dates of different days. Dates of
 * the same day stay in one segment dated by the first. Two dates with no clause
 * boundary between them give one segment, dated by the one in the main clause.
 */
export function segmentByDates(doc: Document, sentence: Sentence, dates: DateInSentence[]): Segment[] {
  if (!dates.length) return [trim(doc, { start: sentence.start, end: sentence.end, date: null })];
  const segments: Segment[] = [{ start: sentence.start, end: sentence.end, date: dates[0]! }];
  const verbs = verbStarts(doc, sentence);
  for (const next of dates.slice(1)) {
    const current = segments[segments.length - 1]!;
    if (day(current.date!) === day(next)) continue;
    const cut = clauseCut(doc, current, next, sentence.end, verbs);
    if (cut !== null) {
      current.end = cut;
      segments.push({ start: cut, end: sentence.end, date: next });
    } else if (inRelativeClause(doc, current, next)) current.date = next;
  }
  return segments.map((s) => trim(doc, s));
}

/**
 * The last clause boundary between two dates that leaves a verb on both sides (so
 * "between 27 and 31 March" is not cut at "and"), as a UTF-16 offset, or null.
 * Boundaries inside the first date ("October 30, 2025") do not count.
 */
function clauseCut(doc: Document, current: Segment, next: DateInSentence, sentenceEnd: number, verbs: number[]): number | null {
  const from = current.date!;
  const tokens = doc.tokensIn(from.start, next.start);
  const hasVerb = (start: number, end: number) => {
    const i = lowerBound(verbs.length, (k) => verbs[k]!, start);
    return i < verbs.length && verbs[i]! < end;
  };
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    let cut: number | null = null;
    if (token.start >= from.end && (CLAUSE_OPENERS.has(token.normal) || joinsClauses(tokens, i))) cut = token.start;
    else if (tokens[i + 1] && tokens[i + 1]!.start >= from.end && isBoundaryAfter(token)) cut = tokens[i + 1]!.start;
    if (cut !== null && hasVerb(current.start, cut) && hasVerb(cut, sentenceEnd)) return cut;
  }
  return null;
}

/** "…, and …", "and closed it", "but quickly ended": a coordinator that joins clauses, not nouns. */
function joinsClauses(tokens: Token[], i: number): boolean {
  if (!COORDINATORS.has(tokens[i]!.normal)) return false;
  if (tokens[i - 1] && isBoundaryAfter(tokens[i - 1]!)) return true;
  const next = tokens[i + 1];
  const afterAdverb = next?.tags.has('Adverb') ? tokens[i + 2] : next;
  return Boolean(afterAdverb && isVerb(afterAdverb));
}

/** Start offsets of the sentence's verbs, in order. */
function verbStarts(doc: Document, sentence: Sentence): number[] {
  return doc.tokensIn(sentence.start, sentence.end).filter(isVerb).map((t) => t.start);
}

/**
 * True when the segment's date sits in a relative clause ("The junta that seized power
 * in August 2020 expelled …") whose main verb comes after it, before the next date.
 */
function inRelativeClause(doc: Document, segment: Segment, next: DateInSentence): boolean {
  const date = segment.date!;
  const before = tokensBefore(doc, date.start, segment.start, RELATIVE_WINDOW);
  const pronoun = before.findIndex((t) => RELATIVE_PRONOUNS.has(t.normal));
  if (pronoun < 0 || !before.slice(pronoun + 1).some(isVerb)) return false;
  return doc.tokensIn(date.end, next.start).some(isVerb);
}

/** Drops surrounding spaces and the comma left at a cut. */
function trim(doc: Document, segment: Segment): Segment {
  let { start, end } = segment;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /[\s,;:–—]/.test(doc.text[end - 1]!)) end--;
  return { ...segment, start, end };
}
