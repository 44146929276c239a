// Durations (TimeML DURATION, an extra): "four-day", "for two years", "more than 15 years",
// "the past two weeks", "the past week", "recent months". Ages ("a 52-year-old", "15 years old")
// are not durations.
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { found, periodValue } from './helpers.js';

const AGE_AFTER = /^(?:-olds?\b|\s{1,3}olds?\b|\s{1,3}of\s{1,3}age\b)/i;

export const quantityOfUnits: Rule = {
  name: 'quantityOfUnits',
  pattern: new RegExp(
    `(?<![\\w$€£.,-])(?:(?<mod>${patterns.approximate}|${patterns.span})\\s{1,3})?(?<qty>${patterns.quantity})(?<half>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?(?<sep>[\\s-]{1,3})(?<unit>${patterns.unit})(?<halfAfter>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?(?![\\w'’])`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    if (AGE_AFTER.test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
    let quantity = lexicon.quantity(g.qty!);
    if (quantity === undefined) return null;
    const plural = /s$/i.test(g.unit!);
    const hyphenated = g.sep!.includes('-');
    const word = g.qty!.toLowerCase();
    if ((word === 'a' || word === 'an') && (plural || /^seconds?$/i.test(g.unit!))) return null; // "a second round"
    const half = Boolean(g.half || g.halfAfter);
    if (quantity !== null && quantity > 1 && !plural && !hyphenated && !half) return null;
    if (quantity === null && !plural) return null;
    if (quantity !== null && half) quantity += 0.5;
    const period = periodValue(quantity, g.unit!);
    return period ? found('DURATION', period.value, period.granularity) : null;
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
