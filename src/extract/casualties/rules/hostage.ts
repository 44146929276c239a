// "took 20 people hostage", "seized 12 hostages": a taking verb and a hostage noun.
import { lexicon } from '../lexicon.js';
import { stepBack, type LinkRule } from './types.js';

export const hostage: LinkRule = (ctx, m) => {
  const { words } = ctx;
  const j = stepBack(ctx, m.start, (w) => lexicon.adverbs.has(w));
  if (j < 0 || !lexicon.hostageVerbs.has(words[j]!.lower)) return null;
  const last = Math.max(m.end, m.victims.end);
  if (m.victims.head && lexicon.hostageNouns.has(m.victims.head)) return { outcome: 'abducted', from: j, to: last };
  if (lexicon.hostageNouns.has(words[last]?.lower ?? '')) return { outcome: 'abducted', from: j, to: last + 1 };
  return null;
};
