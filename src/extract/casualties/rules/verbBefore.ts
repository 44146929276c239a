// "killing 72", "killed 17 of them", "abducted up to 30 children", "detained 11 suspects":
// a verb whose object is the victims.
import { lexicon } from '../lexicon.js';
import { namesPeople } from '../nouns.js';
import { stepBack, type LinkRule } from './types.js';

const BASE_FORM = /^(?:kill|slay|murder|massacre|execute|behead|wound|injure|hurt|maim|abduct|kidnap|arrest|detain|apprehend|displace)$/;

export const verbBefore: LinkRule = (ctx, m) => {
  const j = stepBack(ctx, m.start, (w) => lexicon.adverbs.has(w) || lexicon.possessives.has(w));
  if (j < 0) return null;
  // "eliminated 23 terrorists": killing words said only of perpetrators.
  const verb = lexicon.verbsBefore.endingAt(ctx.words, j)
    ?? (m.victims.head && lexicon.perpetrators.has(m.victims.head) ? lexicon.perpetratorVerbsBefore.endingAt(ctx.words, j) : null);
  if (!verb) return null;
  // "threatened to kill 20", "could kill thousands": not a reported loss.
  const first = ctx.words[verb.start]!;
  const before = ctx.words[verb.start - 1];
  if (BASE_FORM.test(first.lower) && before && lexicon.hypotheticalMarkers.has(before.lower) && ctx.sentence.role !== 'title') return null;
  if (before && (before.lower === 'not' || before.lower === 'never')) return null;
  return { outcome: verb.value, from: verb.start, to: Math.max(m.end, m.victims.end) };
};

/** "the army had lost 14 men", "she lost two sons": people lost are people killed. */
export const lostPeople: LinkRule = (ctx, m) => {
  const j = stepBack(ctx, m.start, (w) => lexicon.possessives.has(w));
  if (j < 0 || !lexicon.losingVerbs.has(ctx.words[j]!.lower) || !namesPeople(m.victims.head)) return null;
  const before = ctx.words[j - 1]?.lower ?? '';
  if (before === 'not' || before === 'never' || lexicon.hypotheticalMarkers.has(before)) return null;
  return { outcome: 'killed', from: j, to: Math.max(m.end, m.victims.end) };
};
