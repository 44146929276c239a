// Periods named by reference to one mentioned before, as company and economic reports do:
// "the quarter", "the latest quarter", "the year-ago period", "year-earlier (profit)". Their
// value comes from the last quarter the article named (discourse.ts); here they get a fallback
// from the reference date, or none ("the period" alone means nothing without a quarter before it).
import type { Day } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import { resolveMonthDay } from '../resolve.js';
import type { Rule } from '../types.js';
import { found } from './helpers.js';

/** What the period is, counted from the quarter mentioned before: same, a year before, a quarter before. */
const SHIFTS: Record<string, { years: number; quarters: number }> = {
  'year-ago': { years: -1, quarters: 0 },
  'year-earlier': { years: -1, quarters: 0 },
  previous: { years: 0, quarters: -1 },
  prior: { years: 0, quarters: -1 },
};

/** A quarter as one number (year * 4 + quarter - 1), so shifts are additions. */
export const quarterIndex = (year: number, quarter: number) => year * 4 + quarter - 1;
export const quarterValue = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

function periodFound(modifiers: string[], unit: 'quarter' | 'period', reference: Day | null) {
  const shift = modifiers.map((m) => SHIFTS[m]).find(Boolean) ?? { years: 0, quarters: 0 };
  const current = modifiers.includes('current');
  let fallback: string | null = null;
  if (reference && unit === 'quarter') {
    // Without a quarter named before: "the current quarter" is the reference's, any other the last one ended.
    const base = quarterIndex(reference.year, Math.ceil(reference.month / 3)) - (current ? 0 : 1);
    fallback = quarterValue(base + 4 * shift.years + shift.quarters);
  }
  return found('DATE', fallback, 'other', reference !== null, { kind: 'reportingPeriod', years: shift.years, quarters: shift.quarters, current, needsAnchor: unit === 'period' });
}

export const reportingPeriod: Rule = {
  name: 'reportingPeriod',
  pattern: /\b(?:the|its|that)\s{1,3}(?<mods>(?:(?:latest|current|same|comparable|year-ago|year-earlier|previous|prior|fiscal)\s{1,3}){0,2})(?<unit>quarter|period)\b(?![\s-]{1,3}of\b)/gi,
  normalise(match, ctx) {
    const g = match.groups!;
    const modifiers = g.mods!.toLowerCase().split(/\s+/).filter(Boolean);
    const unit = g.unit!.toLowerCase() as 'quarter' | 'period';
    const ended = ENDED.exec(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    if (unit === 'quarter' && ended && ctx.reference && !modifiers.some((m) => SHIFTS[m])) {
      // "the quarter ended Sept. 30": the calendar quarter holding most of the three months to that day.
      const end = resolveMonthDay(ctx.reference, lexicon.monthNumber(ended.groups!.month!)!, Number(ended.groups!.day), 'past');
      if (end) return found('DATE', quarterValue(quarterIndex(end.year, Math.ceil(end.month / 3)) - (end.month % 3 === 1 ? 1 : 0)), 'other', true);
    }
    return periodFound(modifiers, unit, ctx.reference);
  },
};

const ENDED = new RegExp(`^\\s{1,3}(?:ended|ending)\\s{1,3}(?<month>${patterns.month})\\.?\\s{1,3}(?<day>[0-3]?\\d)\\b`, 'i');

/** "the year ended March 31", "the fiscal year ending June 30": a year of accounts, a duration. */
export const yearEnded: Rule = {
  name: 'yearEnded',
  pattern: new RegExp(`\\b(?:the|its)\\s{1,3}(?:fiscal\\s{1,3}|financial\\s{1,3})?year(?=\\s{1,3}(?:ended|ending|to)\\s{1,3}(?:${patterns.month}\\b|today|tomorrow|yesterday))`, 'gi'),
  normalise: () => found('DURATION', 'P1Y', 'year'),
};

/** "year-earlier (results)", "year-ago (levels)": the same period a year before. */
export const yearAgoAdjective: Rule = {
  name: 'yearAgoAdjective',
  pattern: /(?<![\w-])year-(?:ago|earlier)(?![\w-])/gi,
  normalise(_match, ctx) {
    return found('DATE', ctx.reference ? String(ctx.reference.year - 1) : null, 'year', ctx.reference !== null, { kind: 'reportingPeriod', years: -1, quarters: 0, current: false, needsAnchor: false });
  },
};
