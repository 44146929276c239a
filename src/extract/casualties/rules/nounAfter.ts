// "12 bodies were found", "claimed 12 lives", "14 dead", "about 40 wounded people":
// the word after the figure is itself the outcome.
import { lexicon } from '../lexicon.js';
import type { LinkRule } from './types.js';

export const nounAfter: LinkRule = (ctx, m) => {
  const { words } = ctx;
  if (m.victims.outcomeAdjective !== null) {
    const adjective = m.victims.outcomeAdjective;
    const outcome = lexicon.nounsAfter.at(words, adjective) ?? lexicon.predicates.at(words, adjective);
    return outcome ? { outcome: outcome.value, from: m.start, to: Math.max(m.end, m.victims.end) } : null;
  }
  let k = m.end;
  while (words[k]?.kind === 'quote') k++;
  const noun = lexicon.nounsAfter.at(words, k);
  return noun ? { outcome: noun.value, from: m.start, to: noun.end } : null;
};
