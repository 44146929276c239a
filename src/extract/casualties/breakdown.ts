// "The strike killed 23 people. Nine children were among the dead.": a figure said to be
// among the dead is a part of the nearest total before it with the same outcome, in its
// own sentence or one of the few before.
import type { Outcome } from '../../schema/result.js';
import type { SentenceContext } from './context.js';
import type { Draft } from './rules/types.js';

/** How many sentences back a total may stand. */
const SENTENCE_WINDOW = 3;

export function linkBreakdowns(perSentence: Array<{ ctx: SentenceContext; drafts: Draft[] }>): void {
  const lastTotal = new Map<Outcome, { draft: Draft; sentence: number }>();
  for (const { ctx, drafts } of perSentence) {
    const sentence = ctx.sentence.index;
    for (const d of drafts) {
      if (d.partOf) continue;
      if (!d.breakdown) {
        lastTotal.set(d.outcome, { draft: d, sentence });
        continue;
      }
      const total = lastTotal.get(d.outcome);
      if (total && sentence - total.sentence <= SENTENCE_WINDOW) d.partOf = total.draft;
    }
  }
}
