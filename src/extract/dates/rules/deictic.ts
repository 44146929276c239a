// Expressions that point from the reference date: "yesterday", "tonight", "last week",
// "earlier this month", "next year", "this morning", "last night", "the end of the year".
import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, type Day } from '../../../calendar/day.js';
import { lexicon } from '../lexicon.js';
import type { Rule } from '../types.js';
import { found, type Found } from './helpers.js';

const deictic = lexicon.references.deictic as Record<string, number>;
const STEP: Record<string, number> = { this: 0, current: 0, last: -1, next: 1, 'this past': -1, 'this coming': 1, the: 0 };

/** A day and a part of the day ("TNI") as a TIME. */
function dayPart(reference: Day | null, offset: number, part: string, day = reference ? addDays(reference, offset) : null): Found {
  return found('TIME', day ? `${formatDay(day)}T${part}` : null, 'other', reference !== null, { kind: 'calendarDay', day });
}

export const todayYesterday: Rule = {
  name: 'todayYesterday',
  pattern: /\b(?:(?:early|late)\s{1,3})?(?<word>today|tonight|yesterday|tomorrow)(?:\s{1,3}(?<part>morning|afternoon|evening|night))?\b/gi,
  normalise(match, ctx) {
    const g = match.groups!;
    const word = g.word!.toLowerCase();
    const offset = deictic[word]!;
    const part = g.part ? lexicon.partOfDay(g.part) : word === 'tonight' ? 'NI' : undefined;
    if (part) return dayPart(ctx.reference, offset, part);
    const day = ctx.reference ? addDays(ctx.reference, offset) : null;
    return found('DATE', day ? formatDay(day) : null, 'day', day !== null, { kind: 'calendarDay', day });
  },
};

function unitValue(reference: Day, unit: string, step: number): { value: string; granularity: Found['granularity'] } | null {
  const { year, month } = reference;
  switch (unit) {
    case 'week':
      return { value: formatWeek(addDays(reference, 7 * step)), granularity: 'week' };
    case 'weekend':
      return { value: `${formatWeek(addDays(reference, 7 * step))}-WE`, granularity: 'week' };
    case 'month': {
      const m = addMonths(year, month, step);
      return { value: formatMonth(m.year, m.month), granularity: 'month' };
    }
    case 'year':
      return { value: String(year + step), granularity: 'year' };
    case 'quarter': {
      const q = addMonths(year, month, 3 * step);
      return { value: `${q.year}-Q${Math.ceil(q.month / 3)}`, granularity: 'other' };
    }
    case 'decade':
      return { value: String(Math.floor(year / 10) + step), granularity: 'other' };
    case 'century':
      return { value: String(Math.floor(year / 100) + step), granularity: 'other' };
    default:
      return null;
  }
}

export const thisLastNext: Rule = {
  name: 'thisLastNext',
  pattern: new RegExp(
    `\\b(?:(?<edge>earlier|later|early|late|mid|${['the end of', 'the start of', 'the beginning of', 'the middle of', 'the rest of', 'the remainder of', 'the turn of'].join('|').replace(/ /g, '\\s{1,3}')})[\\s-]{1,3}(?:in\\s{1,3})?)?(?<rel>this\\s{1,3}past|this\\s{1,3}coming|this|last|next|the\\s{1,3}current|the)\\s{1,3}(?<unit>week|weekend|month|year|quarter|decade|century|morning|afternoon|evening|night)\\b`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ').replace(/^the current$/, 'current');
    const unit = g.unit!.toLowerCase();
    const edge = g.edge?.toLowerCase().replace(/\s+/g, ' ');
    // "the year" alone is not a date; "the end of the year" is.
    if (rel === 'the' && !edge?.startsWith('the ')) return null;
    const part = lexicon.partOfDay(unit);
    if (part) {
      if (rel === 'the' || rel === 'next' || rel === 'this coming' || rel === 'current') return null;
      // "last night" is the night before; "this morning" today.
      const offset = rel === 'this' ? 0 : -1;
      return dayPart(ctx.reference, offset, part);
    }
    const granularity = unitValue({ year: 2000, month: 1, day: 1 }, unit, 0)?.granularity ?? 'other';
    if (!ctx.reference) return found('DATE', null, granularity);
    const resolved = unitValue(ctx.reference, unit, STEP[rel] ?? 0);
    return resolved ? found('DATE', resolved.value, resolved.granularity, true) : null;
  },
};

/** "the weekend", "over the weekend": the weekend the tense points to. */
export const theWeekend: Rule = {
  name: 'theWeekend',
  pattern: /\b(?:over|at|during|on|for|until|by|through|throughout|since|after|before|from|into|in|ahead\s{1,3}of|of)\s{1,3}(?<span>the\s{1,3}weekend)\b/gi,
  normalise(match, ctx) {
    const start = match.index + match[0].length - match.groups!.span!.length;
    const end = match.index + match[0].length;
    if (!ctx.reference) return { ...found('DATE', null, 'week'), start, end };
    const direction = ctx.directionAt(start, end);
    const weekday = isoWeekday(ctx.reference);
    // Saturday and Sunday belong to the current ISO week; before them, "the weekend" past is last week's.
    const inWeekend = weekday >= 6;
    const step = direction === 'past' ? (inWeekend ? 0 : -1) : direction === 'future' ? 0 : inWeekend || weekday >= 4 ? 0 : -1;
    return { ...found('DATE', `${formatWeek(addDays(ctx.reference, 7 * step))}-WE`, 'week', true), start, end };
  },
};
