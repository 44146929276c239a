// "X said 30 were killed, while the military put the toll at 12", "Al Shabaab claimed 30
// soldiers; the army said 5 soldiers died": a figure with its own reporting subject in a
// contrasting clause has that subject as its source, not the sentence's.
import { isSourceVerb } from '../../lexicon/reportingVerbs.js';
import type { SentenceContext } from './context.js';
import type { Draft } from './rules/types.js';

const TOLL_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'gave', 'gives', 'estimated', 'estimates']);
const CONTRAST = new Set(['while', 'but', 'whereas', 'though', 'although', ';']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
const MAX_SUBJECT = 6;

/** The verb that reports the figure: "put [the toll at] N", "said [that] N …". */
function reportingVerbBefore(ctx: SentenceContext, d: Draft): number | null {
  const { words } = ctx;
  if (d.rule === 'nounBefore') {
    let verb = d.from - 1;
    while (verb >= 0 && DETERMINERS.has(words[verb]!.lower)) verb--;
    return verb >= 1 && TOLL_VERBS.has(words[verb]!.lower) ? verb : null;
  }
  let verb = Math.min(d.from, d.mention.start) - 1;
  if (words[verb]?.lower === 'that') verb--;
  return verb >= 1 && isSourceVerb(words[verb]!.lower) ? verb : null;
}

/** The subject of the reporting verb when it opens a contrasting clause, else null. */
export function contrastingTollSubject(ctx: SentenceContext, d: Draft): { name: string; start: number; end: number } | null {
  const { words } = ctx;
  const verb = reportingVerbBefore(ctx, d);
  if (verb === null) return null;
  let j = verb - 1;
  while (j >= 0 && verb - j <= MAX_SUBJECT && words[j]!.kind === 'word' && !CONTRAST.has(words[j]!.lower)) j--;
  if (j < 0 || !CONTRAST.has(words[j]!.lower) || j === verb - 1) return null;
  let first = j + 1;
  while (first < verb && DETERMINERS.has(words[first]!.lower)) first++;
  if (first >= verb) return null;
  const start = words[first]!.start;
  const end = words[verb - 1]!.end;
  return { name: ctx.doc.text.slice(start, end), start, end };
}
