// Sentences whose figure names no outcome of its own but refers back: "At least 25 people
// were injured. Prosecutors put the figure at 19." gives another figure for the previous
// sentence's outcome; "Among the dead were two children." a part of an earlier total
// (linked in breakdown.ts).
import type { SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import { mentionEnd, readMention } from './mention.js';
import type { Draft } from './rules/types.js';

/** Drafts for "Among the dead were N" / "put the figure at N"; `previous`: the last draft of the sentence before, if adjacent. */
export function backReferenceDrafts(ctx: SentenceContext, previous: Draft | null): Draft[] {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const part = lexicon.partsBefore.at(words, i);
    const phrase = part ?? (previous ? lexicon.figureBackReferences.at(words, i) : null);
    if (!phrase) continue;
    const m = readMention(ctx, phrase.end);
    if (!m || (m.low === 0 && m.high === 0)) continue;
    const outcome = part ? part.value : previous!.outcome;
    return [{ mention: m, outcome, from: phrase.start, to: Math.max(m.end, mentionEnd(m)), partOf: null, rule: 'backReference', breakdown: !!part }];
  }
  return [];
}
