// Figures that are parts of a total given earlier (breakdown.ts finds the total):
// "Among the dead were two children", "those killed included nine women" (a phrase before
// the figure names the outcome), and "Eleven of the dead were children" (a partitive whose
// group is the outcome).
import { lexicon } from '../lexicon.js';
import { stepBack, type LinkRule } from './types.js';

export const partBefore: LinkRule = (ctx, m) => {
  const j = stepBack(ctx, m.start);
  const phrase = j >= 0 ? lexicon.partsBefore.endingAt(ctx.words, j) : null;
  return phrase ? { outcome: phrase.value, from: phrase.start, to: Math.max(m.end, m.victims.end), breakdown: true } : null;
};

/** The outcome a partitive's group names: "of the dead" (killed), "of the wounded" (injured), or null. */
export function partitiveOutcome(ctx: Parameters<LinkRule>[0], m: Parameters<LinkRule>[1]) {
  if (!m.victims.partitive || m.victims.end <= m.victims.start) return null;
  const last = m.victims.end - 1;
  return (lexicon.nounsAfter.at(ctx.words, last) ?? lexicon.predicates.at(ctx.words, last))?.value ?? null;
}

export const ofTheDead: LinkRule = (ctx, m) => {
  const outcome = partitiveOutcome(ctx, m);
  return outcome ? { outcome, from: m.start, to: Math.max(m.end, m.victims.end), breakdown: true } : null;
};
