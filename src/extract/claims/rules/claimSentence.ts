// Which sentences are claims: body sentences that state something. Headlines,
// bylines, section headings ("Mounting border tensions"), labels ("Trending:") and
// questions are furniture, not claims.
import type { Document, Sentence } from '../../../document/index.js';
import { TIMESTAMP_LABELS } from './wordLists.js';

/** Closing punctuation that ends a stated sentence (possibly inside quotes or brackets). */
const STATEMENT_END = /[.!…]["'”’»)\]]*\s*$/u;
const QUESTION_END = /\?["'”’»)\]]*\s*$/u;

/**
 * `hasEventDate`: the sentence holds a calendar date that can date it. A photo caption
 * often lacks its final full stop ("Soldiers patrol Bamako on February 2, 2023 (Photo:
 * Reuters)"); section headings rarely carry a date.
 */
export function isClaimSentence(doc: Document, sentence: Sentence, hasEventDate: boolean): boolean {
  if (sentence.role !== 'body') return false;
  const text = sentence.text;
  if (QUESTION_END.test(text) || isTimestampLine(text)) return false;
  // A line without closing punctuation that stands alone is a heading or a label.
  if (!hasEventDate && !STATEMENT_END.test(text) && standsAlone(doc, sentence)) return false;
  return doc.tokensIn(sentence.start, sentence.end).some((t) => t.tags.has('Verb'));
}

/**
 * True when no other sentence shares the sentence's line. Asked of the neighbouring
 * sentences, not the line's text, so a huge single-line document stays linear.
 */
function standsAlone(doc: Document, sentence: Sentence): boolean {
  const previous = doc.sentences[sentence.index - 1];
  const next = doc.sentences[sentence.index + 1];
  const lastLine = doc.lines.lineOf(Math.max(sentence.start, sentence.end - 1));
  if (previous && doc.lines.lineOf(Math.max(previous.start, previous.end - 1)) === sentence.line) return false;
  return !next || next.line !== lastLine;
}

/** "Last updated on 8 Nov 2024", "Posted: Tuesday, 17 September 2024". */
function isTimestampLine(text: string): boolean {
  const head = text.slice(0, 30).trimStart().toLowerCase();
  return TIMESTAMP_LABELS.some((label) => head.startsWith(label) && /^[\s:,-]/.test(head.slice(label.length) || ' '));
}
