// "the death toll rose to 40", "put the death toll at 15", "the bodies of 12 people",
// "the kidnapping of 20 students": an outcome noun, then the figure.
import { lexicon } from '../lexicon.js';
import type { LinkRule } from './types.js';

// "the death toll from the floods in the valley had climbed to 212": a phrase and auxiliaries.
const MAX_GAP = 10;

export const nounBefore: LinkRule = (ctx, m) => {
  const { words } = ctx;
  for (let j = m.start - 1, gap = 0; j >= 0 && gap <= MAX_GAP; j--) {
    const w = words[j]!;
    if (w.kind === 'quote') continue;
    if (w.kind !== 'word') return null;
    const noun = lexicon.nounsBefore.endingAt(words, j);
    if (noun) {
      // "the killing of 12": the "of" noun must touch the figure; "death toll ... 40" may not.
      if (words[noun.end - 1]!.lower === 'of' && gap > 0) return null;
      return { outcome: noun.value, from: noun.start, to: Math.max(m.end, m.victims.end) };
    }
    if (lexicon.verbsBefore.at(words, j) || lexicon.predicates.at(words, j)) return null;
    gap++;
  }
  return null;
};
