// "two years ago", "three days ago", "a decade ago"; "years ago" is only "some time in the past".
import { addDays, addMonths, formatDay, formatMonth, formatWeek } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { found } from './helpers.js';

export const ago: Rule = {
  name: 'ago',
  pattern: new RegExp(`\\b(?:(?:${patterns.approximate})\\s{1,3})?(?:(?<qty>${patterns.quantity})[\\s-]{1,3})?(?<unit>${patterns.unit})\\s{1,3}ago\\b`, 'gi'),
  normalise(match, ctx) {
    const g = match.groups!;
    const quantity = g.qty ? lexicon.quantity(g.qty) : null;
    const unit = lexicon.unit(g.unit!);
    if (quantity === undefined || !unit) return null;
    if (quantity === null) return found('DATE', 'PAST_REF', 'other');
    const reference = ctx.reference;
    if (!reference) return found('DATE', null, unit.granularity === 'other' ? 'day' : unit.granularity);
    const n = Math.round(quantity * (unit.multiplier ?? 1));
    switch (unit.code + (unit.time ? 'T' : '')) {
      case 'D':
        return found('DATE', formatDay(addDays(reference, -n)), 'day', true);
      case 'W':
        return found('DATE', formatWeek(addDays(reference, -7 * n)), 'week', true);
      case 'M': {
        const m = addMonths(reference.year, reference.month, -n);
        return found('DATE', formatMonth(m.year, m.month), 'month', true);
      }
      case 'Y':
        return found('DATE', String(reference.year - n), 'year', true, { kind: 'ago', offset: -n, unit: 'year' });
      case 'DE':
        return found('DATE', String(Math.floor((reference.year - 10 * n) / 10)), 'other', true);
      case 'CE':
        return found('DATE', String(Math.floor((reference.year - 100 * n) / 100)), 'other', true);
      default:
        // Hours or minutes ago: the reference day.
        return found('DATE', formatDay(reference), 'day', true);
    }
  },
};
