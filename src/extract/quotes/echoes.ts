// A headline or standfirst often repeats words quoted in the body ("‘They bombed us
// while we slept’: strike kills 23" … “They bombed us while we slept. …,” she told
// Al Jazeera). A quotation with no firm speaker of its own takes the speaker of the
// later quotation that contains its words (a guess from the sentence subject is kept).
import type { Quote } from '../../schema/result.js';
import { wordCount } from './terms.js';

const MIN_WORDS = 3;

const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Speakers for quotations without one from the later quotations that repeat them. `firm[k]` says quote k has its own attribution. */
export function speakersFromEchoes(quotes: Quote[], firm: boolean[]): void {
  const normals = quotes.map((q) => normal(q.text));
  quotes.forEach((quote, i) => {
    if (quote.speaker || wordCount(quote.text) < MIN_WORDS) return;
    for (let k = i + 1; k < quotes.length; k++) {
      const later = quotes[k]!;
      if (!firm[k] || !later.speaker || !` ${normals[k]} `.includes(` ${normals[i]} `)) continue;
      quote.speaker = { ...later.speaker };
      return;
    }
  });
}
