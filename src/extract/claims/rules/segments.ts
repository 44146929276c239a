// One claim per dated clause: a sentence whose clauses carry different dates ("ISWAP
// split from the group in 2016 and has since …", "…, which began deploying in June
// 2024, has about …") is cut between the dates at the last clause boundary, so each
// date dates its own stretch of text.
import type { Document, Sentence, Token } from '../../../document/index.js';
import type { DateInSentence } from './sentenceDates.js';

export interface Segment {
  /** UTF-16 offsets, trimmed. */
  start: number;
  end: number;
  date: DateInSentence | null;
}

/** Words that open a new clause. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'when', 'which', 'where', 'after', 'before', 'as', 'though', 'although']);

const isBoundaryAfter = (token: Token) => /[,;:–—]/.test(token.post);

/**
 * Splits the sentence at clause boundaries between dates with different values.
 * Dates with the same value, or with no boundary between them, stay in one segment
 * dated by the first of them.
 */
export function segmentByDates(doc: Document, sentence: Sentence, dates: DateInSentence[]): Segment[] {
  if (!dates.length) return [trim(doc, { start: sentence.start, end: sentence.end, date: null })];
  const segments: Segment[] = [{ start: sentence.start, end: sentence.end, date: dates[0]! }];
  for (const next of dates.slice(1)) {
    const current = segments[segments.length - 1]!;
    if (current.date!.item.value === next.item.value) continue;
    const cut = lastBoundary(doc.tokensIn(current.date!.start, next.start), current.date!.end);
    if (cut === null) continue;
    current.end = cut;
    segments.push({ start: cut, end: sentence.end, date: next });
  }
  return segments.map((s) => trim(doc, s));
}

/**
 * UTF-16 offset where the last clause before the next date begins, or null. `tokens`
 * run from the first date to the next; boundaries inside the first date ("October 30,
 * 2025") do not count.
 */
function lastBoundary(tokens: Token[], firstDateEnd: number): number | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.start >= firstDateEnd && CLAUSE_OPENERS.has(token.normal)) return token.start;
    const next = tokens[i + 1];
    if (next && next.start >= firstDateEnd && isBoundaryAfter(token)) return next.start;
  }
  return null;
}

/** Drops surrounding spaces and the comma left at a cut. */
function trim(doc: Document, segment: Segment): Segment {
  let { start, end } = segment;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /[\s,;:–—]/.test(doc.text[end - 1]!)) end--;
  return { ...segment, start, end };
}
