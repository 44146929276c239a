// "The strike killed 23 people. Nine children were among the dead.": a figure said to be
// among the dead is a part of the nearest total before it with the same outcome, in its
// own sentence or one of the few before, whose victims can include it: a total of
// "people", of a nationality ("Palestinians"), of the same noun, or of no named victims.
// "Troops killed hundreds of rebels … 17 soldiers were among the dead" is no breakdown.
import type { Outcome } from '../../schema/result.js';
import type { SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import { singular } from './nouns.js';
import type { Draft } from './rules/types.js';

/** How many sentences back a total may stand. */
const SENTENCE_WINDOW = 3;
/** How many earlier totals per outcome are kept to look through. */
const TOTALS_KEPT = 4;

interface Total {
  draft: Draft;
  sentence: number;
  /** The victims' head as written ("Palestinians"), or null. */
  head: string | null;
}

function headOf(ctx: SentenceContext, d: Draft): string | null {
  const v = d.mention.victims;
  if (v.end <= v.start) return null;
  let last = v.end - 1;
  // "members of the CJTF": the head is before the "of" phrase; the reader kept it.
  if (v.head) for (let k = v.start; k < v.end; k++) if (ctx.words[k]!.lower === v.head) last = k;
  return ctx.words[last]!.text;
}

function canInclude(total: Total, partHead: string | null): boolean {
  if (!total.head) return true;
  const lower = total.head.toLowerCase();
  if (lexicon.genericVictims.has(lower) || /^\p{Lu}/u.test(total.head)) return true;
  return !!partHead && singular(partHead.toLowerCase()) === singular(lower);
}

export function linkBreakdowns(perSentence: Array<{ ctx: SentenceContext; drafts: Draft[] }>): void {
  const totals = new Map<Outcome, Total[]>();
  for (const { ctx, drafts } of perSentence) {
    const sentence = ctx.sentence.index;
    for (const d of drafts) {
      if (d.partOf) continue;
      const head = headOf(ctx, d);
      const list = totals.get(d.outcome) ?? [];
      if (!d.breakdown) {
        list.push({ draft: d, sentence, head });
        if (list.length > TOTALS_KEPT) list.shift();
        totals.set(d.outcome, list);
        continue;
      }
      for (let k = list.length - 1; k >= 0 && sentence - list[k]!.sentence <= SENTENCE_WINDOW; k--) {
        if (canInclude(list[k]!, head)) {
          d.partOf = list[k]!.draft;
          break;
        }
      }
    }
  }
}
