// "took 20 people hostage", "seized 12 hostages": a taking verb and a hostage noun.
// "They took four of my children": people taken by "they" or by perpetrators.
import { lexicon } from '../lexicon.js';
import { namesPeople } from '../nouns.js';
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

export const tookPeople: LinkRule = (ctx, m) => {
  const { words } = ctx;
  const j = stepBack(ctx, m.start, (w) => lexicon.adverbs.has(w));
  const verb = j >= 0 ? lexicon.takingVerbs.endingAt(words, j) : null;
  if (!verb || !namesPeople(m.victims.head)) return null;
  const subject = words[verb.start - 1]?.lower ?? '';
  if (!lexicon.takingSubjects.has(subject) && !lexicon.perpetrators.has(subject)) return null;
  const last = Math.max(m.end, m.victims.end);
  const after = words[last];
  if (after?.lower === 'away') return { outcome: 'abducted', from: verb.start, to: last + 1 };
  // "took 12 people to hospital", "took five men into custody".
  if (after?.kind === 'word' && lexicon.takenElsewhere.has(after.lower)) return null;
  return { outcome: 'abducted', from: verb.start, to: last };
};
