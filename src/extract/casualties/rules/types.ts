// A linking rule: given a mention, find the outcome it reports and the words that say so.
import type { Outcome } from '../../../schema/result.js';
import type { SentenceContext } from '../context.js';
import type { Mention } from '../mention.js';

export interface Draft {
  mention: Mention;
  outcome: Outcome;
  /** Word indices [from, to) the item's span covers. */
  from: number;
  to: number;
  /** The total this figure breaks down. */
  partOf: Draft | null;
  rule: string;
  /** "nine children were among the dead": a part of a total given earlier (breakdown.ts finds it). */
  breakdown?: boolean;
}

export interface Link {
  outcome: Outcome;
  from: number;
  to: number;
  partOf?: Draft | null;
  breakdown?: boolean;
}

/** `earlier`: the drafts already made in this sentence, in order. */
export type LinkRule = (ctx: SentenceContext, m: Mention, earlier: Draft[]) => Link | null;

/** Index of the word before i, stepping over quote marks and the given skippable words. */
export function stepBack(ctx: SentenceContext, i: number, skip: (lower: string) => boolean = () => false, max = 3): number {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0) {
    const w = ctx.words[j]!;
    if (w.kind === 'quote') { j--; continue; }
    if (skipped < max && w.kind === 'word' && skip(w.lower)) { j--; skipped++; continue; }
    break;
  }
  return j;
}
