// "treated 23 people for gunshot wounds": people treated for wounds were injured.
import { lexicon } from '../lexicon.js';
import { stepBack, type LinkRule } from './types.js';

const WINDOW = 6;

export const treatedFor: LinkRule = (ctx, m) => {
  const { words } = ctx;
  const j = stepBack(ctx, m.start, (w) => lexicon.adverbs.has(w));
  if (j < 0 || !lexicon.treatVerbs.has(words[j]!.lower)) return null;
  const after = Math.max(m.end, m.victims.end);
  if (words[after]?.lower !== 'for') return null;
  for (let k = after + 1; k < Math.min(words.length, after + 1 + WINDOW); k++) {
    if (words[k]!.kind !== 'word') break;
    if (lexicon.woundNouns.has(words[k]!.lower)) return { outcome: 'injured', from: j, to: k + 1 };
  }
  return null;
};
