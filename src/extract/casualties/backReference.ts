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
    const phrase = lexicon.figureBackReferences.at(words, i);
    if (!phrase) continue;
    const m = readMention(ctx, phrase.end);
    if (!m || (m.low === 0 && m.high === 0)) continue;
    return [{ mention: m, outcome: previous.outcome, from: phrase.start, to: Math.max(m.end, mentionEnd(m)), partOf: null, rule: 'backReference' }];
  }
  return [];
}
