// A headline or standfirst often repeats words quoted in the body ("‘They bombed us
// while we slept’: strike kills 23" … “They bombed us while we slept. …,” she told
// Al Jazeera). A quotation with no firm speaker of its own takes the speaker of the
// later quotation that contains its words (a guess from the sentence subject is kept).
import type { Quote } from '../../schema/result.js';
import { wordCount } from './terms.js';

const MIN_WORDS = 3;
/** Headlines and standfirsts sit in the first paragraphs; only a few of their quotations are looked up, so hostile input stays linear. */
export const LEAD_PARAGRAPHS = 4;
const MAX_LOOKUPS = 5;

const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Speakers for lead quotations without one from the later quotations that repeat them.
 * `firm[k]` says quote k has its own attribution; `lead[k]` that it stands in the lead.
 */
export function speakersFromEchoes(quotes: Quote[], firm: boolean[], lead: boolean[]): void {
  let lookups = 0;
  for (let i = 0; i < quotes.length && lookups < MAX_LOOKUPS; i++) {
    const quote = quotes[i]!;
    if (!lead[i] || quote.speaker || wordCount(quote.text) < MIN_WORDS) continue;
    lookups++;
    const words = ` ${normal(quote.text)} `;
    const echo = quotes.find((later, k) => k > i && firm[k] && later.speaker && ` ${normal(later.text)} `.includes(words));
    if (echo?.speaker) quote.speaker = { ...echo.speaker };
  }
}
