// "At least 25 people were injured. Prosecutors put the figure at 19.": a sentence that
// names no outcome but gives another figure for the previous sentence's one.
import type { SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import { mentionEnd, readMention } from './mention.js';
import type { Draft } from './rules/types.js';

/** Drafts for "put the figure at N" when the sentence before reported `previous`. */
export function backReferenceDrafts(ctx: SentenceContext, previous: Draft): Draft[] {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    // "Among the dead were two children.": a part of the previous sentence's total.
    const part = lexicon.partBackReferences.at(words, i);
    const phrase = part ?? lexicon.figureBackReferences.at(words, i);
    if (!phrase) continue;
    const m = readMention(ctx, phrase.end);
    if (!m || (m.low === 0 && m.high === 0)) continue;
    return [{ mention: m, outcome: previous.outcome, from: phrase.start, to: Math.max(m.end, mentionEnd(m)), partOf: part ? previous : null, rule: 'backReference' }];
  }
  return [];
}
