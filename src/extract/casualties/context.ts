// What every casualty rule sees about one sentence.
import type { RangeIndex } from '../../util/rangeIndex.js';
import type { Document, Sentence } from '../../document/index.js';
import type { Word } from './words.js';

export interface SentenceContext {
  doc: Document;
  sentence: Sentence;
  words: Word[];
  /** UTF-16 ranges of dates, times and durations in the document. */
  dateRanges: RangeIndex;
  /** UTF-16 start → end of each person the actors extractor named. */
  personNames?: Map<number, number>;
}

/** compromise's tags for a word (union over its terms); empty when it has none. */
export function tagsOf(ctx: SentenceContext, i: number): Set<string> {
  const w = ctx.words[i];
  const out = new Set<string>();
  if (!w) return out;
  for (const t of ctx.doc.tokensIn(w.start, w.end)) for (const tag of t.tags) out.add(tag);
  return out;
}

/** A verb that cannot be read as a noun or adjective ("live", "stormed"). */
export function isPlainVerb(ctx: SentenceContext, i: number): boolean {
  const tags = tagsOf(ctx, i);
  return tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective') && !tags.has('Value');
}
