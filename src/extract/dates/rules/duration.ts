// Durations (TimeML DURATION, an extra): "four-day", "for two years", "more than 15 years",
// "the past two weeks", "the past week", "recent months". Ages ("a 52-year-old", "15 years old")
// are not durations.
import { lexicon, patterns } from '../lexicon.js';
import type { Rule, SentenceContext } from '../types.js';
import { found, periodValue, tokenAfter } from './helpers.js';

const AGE_AFTER = /^(?:-olds?\b|\s{1,3}olds?\b|\s{1,3}of\s{1,3}age\b)/i;
const FRACTION_OF = /^\s{1,3}of\s{1,3}(?:the|a|an|its|their|his|her|our|all|this|that|these|those|them|us|it)\b/i;

const beforeNoun = (ctx: SentenceContext, end: number) => {
  const next = tokenAfter(ctx, end);
  return next !== undefined && /^\s/.test(ctx.text.slice(end, end + 1)) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun');
};

export const quantityOfUnits: Rule = {
  name: 'quantityOfUnits',
  pattern: new RegExp(
    `(?<![\\w$€£.,-])(?:(?<mod>${patterns.approximate}|${patterns.span}|the)\\s{1,3})?(?<qty>${patterns.quantity}|\\d{1,3}\\s{1,2}1/2)(?<half>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?(?<sep>[\\s-]{1,3})(?<unit>${patterns.unit})(?<halfAfter>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?(?![\\w'’])`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    const end = match.index + match[0].length;
    const after = ctx.text.slice(end, end + 24);
    if (AGE_AFTER.test(after)) return null;
    const fraction = /^(\d{1,3})\s{1,2}1\/2$/.exec(g.qty!); // "2 1/2 years"
    let quantity = fraction ? Number(fraction[1]) + 0.5 : lexicon.quantity(g.qty!);
    if (quantity === undefined) return null;
    const plural = /s$/i.test(g.unit!);
    const hyphenated = g.sep!.includes('-');
    const word = g.qty!.toLowerCase();
    if ((word === 'a' || word === 'an') && (plural || /^seconds?$/i.test(g.unit!))) return null; // "a second round"
    // "a quarter of the vote", "three quarters of them" are fractions.
    if (/^quarters?$/i.test(g.unit!) && (quantity === 1 || FRACTION_OF.test(after))) return null;
    const half = Boolean(g.half || g.halfAfter);
    // "two day rally", "a five year low": a singular unit after a number, before a noun, as "two-day".
    if (quantity !== null && quantity > 1 && !plural && !hyphenated && !half && !fraction && !beforeNoun(ctx, end)) return null;
    if (quantity === null && !plural) return null;
    if (quantity !== null && half) quantity += 0.5;
    const period = periodValue(quantity, g.unit!);
    if (!period) return null;
    // "the nine months": TimeML keeps the article with a counted duration, not with an adjective ("the four-day talks").
    const start = g.mod?.toLowerCase() === 'the' && (quantity === null || word === 'a' || word === 'an' || hyphenated || !plural) ? match.index + match[0].indexOf(g.qty!) : undefined;
    return { ...found('DURATION', period.value, period.granularity), ...(start !== undefined ? { start } : {}) };
  },
};

/** "the past week", "the last year": one unit counted back from now. */
export const thePastUnit: Rule = {
  name: 'thePastUnit',
  pattern: /\bthe\s{1,3}(?:past|last|coming)\s{1,3}(?<unit>hour|day|week|fortnight|month|year|decade|century)\b(?!\s{1,3}of\b)/gi,
  normalise(match) {
    const period = periodValue(1, match.groups!.unit!);
    return period ? found('DURATION', period.value, period.granularity) : null;
  },
};

export const recentUnits: Rule = {
  name: 'recentUnits',
  pattern: /\b(?:recent|coming|past)\s{1,3}(?<unit>days|weeks|months|years|decades)\b/gi,
  normalise(match) {
    const period = periodValue(null, match.groups!.unit!);
    return period ? found('DURATION', period.value, period.granularity) : null;
  },
};

export const halfAnHour: Rule = {
  name: 'halfAnHour',
  pattern: /\bhalf\s{1,3}an\s{1,3}hour\b/gi,
  normalise: () => found('DURATION', 'PT30M', 'other'),
};

/** "for years", "for decades": an unknown number of units (TimeML PXY). */
export const forUnits: Rule = {
  name: 'forUnits',
  pattern: /\bfor\s{1,3}(?<unit>hours|days|weeks|months|years|decades|centuries)\b/gi,
  normalise(match) {
    const unit = match.groups!.unit!;
    const period = periodValue(null, unit);
    const start = match.index + match[0].length - unit.length;
    return period ? { ...found('DURATION', period.value, period.granularity), start } : null;
  },
};
