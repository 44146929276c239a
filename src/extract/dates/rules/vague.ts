// Times that are only "before now", "now" or "after now": "recently" (PAST_REF), "until now"
// (PRESENT_REF), "in the past", "in the near future". A bare "now" is mostly an aspect adverb
// ("is now under control"), so only "now" in a time frame ("until now", "for now") is taken.
import { alternation, lexicon } from '../lexicon.js';
import type { Rule } from '../types.js';
import { found, tokenAfter } from './helpers.js';

const vague = lexicon.references.vague as Record<string, string>;

export const vagueAdverb: Rule = {
  name: 'vagueAdverb',
  pattern: new RegExp(`\\b${alternation(Object.keys(vague))}\\b`, 'gi'),
  normalise(match) {
    const value = vague[match[0].toLowerCase().replace(/\s+/g, ' ')];
    return value ? found('DATE', value, 'other') : null;
  },
};

export const nowFrame: Rule = {
  name: 'nowFrame',
  pattern: new RegExp(`\\b${alternation(lexicon.references.nowFrames)}\\b`, 'gi'),
  normalise(match) {
    const at = match[0].toLowerCase().lastIndexOf('now');
    return { ...found('DATE', 'PRESENT_REF', 'other'), start: match.index + at, end: match.index + at + 3 };
  },
};

export const pastOrFuture: Rule = {
  name: 'pastOrFuture',
  pattern: /\b(?:in|into|for|about)\s{1,3}(?<span>the\s{1,3}(?:(?:near|distant|recent|foreseeable|not\s{1,3}too\s{1,3}distant)\s{1,3})?(?<which>past|future))\b/gi,
  normalise(match) {
    const g = match.groups!;
    const start = match.index + match[0].length - g.span!.length;
    return { ...found('DATE', g.which!.toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF', 'other'), start, end: match.index + match[0].length };
  },
};

/** Kinds of "current" that are no time: an account balance, a river's flow. */
const NOT_TIME_AFTER_CURRENT = new Set(['account', 'accounts', 'affairs']);

/** "current (talks)", "its current form", "the then current price": the time of the clause, as an adjective before a noun. */
export const currentAdjective: Rule = {
  name: 'currentAdjective',
  pattern: /\b(?:(?<then>then)[\s-]{1,3})?current\b(?![\w-])/gi,
  normalise(match, ctx) {
    const next = tokenAfter(ctx, match.index + match[0].length);
    if (!next || NOT_TIME_AFTER_CURRENT.has(next.text.toLowerCase())) return null;
    if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return null; // "swept away by the current"
    return found('DATE', match.groups!.then ? 'PAST_REF' : 'PRESENT_REF', 'other');
  },
};
