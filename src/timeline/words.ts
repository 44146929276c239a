// What a claim is about, as a set of comparable words: lower-cased content words,
// with event words folded into their category ("negotiations" → talks) so that two
// articles telling the same event in different words still share content.
import { MONTH_AND_DAY_WORDS } from '../lexicon/calendarWords.js';
import categories from './data/eventCategories.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };

const STOPWORDS = new Set(stopwords.words);
const CATEGORY_OF = new Map<string, string>();
for (const [category, list] of Object.entries(categories.categories)) {
  for (const word of list) CATEGORY_OF.set(word, `#${category}`);
}

export const MONTHS_AND_DAYS = new Set(MONTH_AND_DAY_WORDS);

/** Word lists of the timeline, for the data tests. */
export const TIMELINE_WORD_LISTS: Record<string, string[]> = {
  stopwords: stopwords.words,
  ...Object.fromEntries(Object.entries(categories.categories).map(([k, v]) => [`category:${k}`, v])),
  eventWords: Object.values(categories.categories).flat(),
};

/** Drops a possessive and a plural s, so "Pakistan's" and "Pakistan", "posts" and "post" meet. */
function stem(word: string): string {
  const bare = word.replace(/['’]s$/u, '');
  return bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
}

/** The content words of a text: no function words, numbers, months or weekdays. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
    const word = raw.replace(/^['’-]+|['’-]+$/gu, '');
    if (word.length < 2 || STOPWORDS.has(word) || MONTHS_AND_DAYS.has(word) || /\d/.test(word)) continue;
    out.add(CATEGORY_OF.get(word) ?? stem(word));
  }
  return out;
}

/** Shared words over the smaller set: 1 when one claim's content is inside the other's. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Saying something is what most claims do, so sharing it says nothing about the event. */
const TOO_COMMON = '#statement';

/** Shared event categories (talks, attack, killing …), not counting plain statements. */
export function sharedCategories(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (w.startsWith('#') && w !== TOO_COMMON && b.has(w)) n++;
  return n;
}
