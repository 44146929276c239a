// "12 bodies were found", "claimed 12 lives", "14 dead", "about 40 wounded people",
// "26 civilian deaths": the word after the figure (or after its modifiers) is itself the outcome.
import { lexicon } from '../lexicon.js';
import type { LinkRule } from './types.js';

/** "26 civilian deaths", "three military fatalities": modifiers the victims reader took for the noun. */
const MAX_MODIFIERS = 2;

export const nounAfter: LinkRule = (ctx, m) => {
  const { words } = ctx;
  const v = m.victims;
  if (v.outcomeAdjective !== null) {
    // "the injured man" alone refers back to someone already counted; only a predicate of its own counts him.
    if (m.kind === 'person') return null;
    const adjective = v.outcomeAdjective;
    const outcome = lexicon.nounsAfter.at(words, adjective) ?? lexicon.predicates.at(words, adjective);
    return outcome ? { outcome: outcome.value, from: m.start, to: Math.max(m.end, v.end) } : null;
  }
  let k = m.end;
  while (words[k]?.kind === 'quote') k++;
  const noun = lexicon.nounsAfter.at(words, k);
  if (noun) return { outcome: noun.value, from: m.start, to: noun.end };
  if (v.partitive || v.start !== k || v.end === v.start || v.end - v.start > MAX_MODIFIERS) return null;
  const after = lexicon.nounsAfter.at(words, v.end);
  return after ? { outcome: after.value, from: m.start, to: after.end } : null;
};
