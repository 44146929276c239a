// A day of the month named by its ordinal alone: "on the 25th", "by the 3rd", "on the 5th
// of next month". It is a day of the reference month (or the month before or after, as the
// tense points), and only after a preposition and before the clause goes on ("on the 25th
// anniversary", "the 4th Infantry Division", "the 21st century" are not dates).
import { addMonths, formatDay, isValidDate, type Day } from '../../../calendar/day.js';
import { alternation, lexicon } from '../lexicon.js';
import { resolveDayOfMonth } from '../resolve.js';
import type { Rule } from '../types.js';
import { found, wordAfter } from './helpers.js';

const BEFORE = alternation(lexicon.modifiers.ordinalDayBefore);
const FOLLOWERS = new Set(lexicon.modifiers.ordinalDayAfter);
/** "the 25th of this month", "of next month": the month is said after all. */
const OF_MONTH: Record<string, number> = { this: 0, the: 0, next: 1, last: -1 };
const OF_MONTH_PATTERN = /^\s{1,3}of\s{1,3}(this|the|next|last)\s{1,3}month\b/i;

function inMonth(reference: Day, offset: number, day: number): Day | null {
  const { year, month } = addMonths(reference.year, reference.month, offset);
  const date = { year, month, day };
  return isValidDate(date) ? date : null;
}

export const ordinalDay: Rule = {
  name: 'ordinalDay',
  pattern: new RegExp(`\\b${BEFORE}\\s{1,3}(?<expr>the\\s{1,3}(?<day>[0-3]?\\d)(?:st|nd|rd|th))(?![\\w-])`, 'gi'),
  normalise(match, ctx) {
    const g = match.groups!;
    const day = Number(g.day);
    if (day < 1 || day > 31) return null;
    const start = match.index + match[0].length - g.expr!.length;
    let end = match.index + match[0].length;
    const next = wordAfter(ctx.text, end);
    let monthOffset: number | null = null;
    if (next.toLowerCase() === 'of') {
      const ofMonth = OF_MONTH_PATTERN.exec(ctx.text.slice(end, end + 32));
      if (!ofMonth) return null;
      monthOffset = OF_MONTH[ofMonth[1]!.toLowerCase()]!;
      end += ofMonth[0].length;
    } else if (next && !FOLLOWERS.has(next.toLowerCase())) return null;
    if (!ctx.reference) return { ...found('DATE', `XXXX-XX-${String(day).padStart(2, '0')}`, 'day'), start, end };
    const resolved = monthOffset === null ? resolveDayOfMonth(ctx.reference, day, ctx.directionAt(start, end)) : inMonth(ctx.reference, monthOffset, day);
    if (!resolved) return null;
    return { ...found('DATE', formatDay(resolved), 'day', true, { kind: 'calendarDay', day: resolved }), start, end };
  },
};
