// Dates written with a month name ("12 October", "Oct. 9, 2025", "Tuesday, 17 September 2024",
// "June 2024"), ISO and unambiguous numeric dates ("2025-10-30", "30/10/2025"), and fixed holidays.
import { formatDay, formatMonth, isValidDate, numericDay, type Day } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import { monthDayValue, resolveYearlyDay } from '../resolve.js';
import { movableHolidayIn } from '../../../calendar/holidays.js';
import type { Rule } from '../types.js';
import { found, isCapitalized, wordAfter, type Found } from './helpers.js';

const WEEKDAY_PREFIX = `(?:(?<weekday>${patterns.weekday}|${patterns.weekdayAbbreviation})\\.?,?\\s{1,3})?`;
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const MONTH = `(?<month>${patterns.month})\\.?`;
const YEAR = '(?<year>1\\d{3}|20\\d{2})(?![\\d:])';

function dayOfMonth(match: RegExpExecArray, ctx: Parameters<Rule['normalise']>[1]): Found | null {
  const g = match.groups!;
  if (!isCapitalized(g.month!)) return null;
  if (g.weekday && !isCapitalized(g.weekday)) return null;
  const month = lexicon.monthNumber(g.month!)!;
  const day = Number(g.day);
  if (g.year) {
    const date: Day = { year: Number(g.year), month, day };
    if (!isValidDate(date)) return null;
    return found('DATE', formatDay(date), 'day', false, { kind: 'calendarDay', day: date });
  }
  const direction = ctx.directionAt(match.index, match.index + match[0].length);
  const weekday = g.weekday ? lexicon.weekdayNumber(g.weekday) ?? lexicon.weekdayAbbreviation(g.weekday) : undefined;
  const resolved = monthDayValue(ctx.reference, month, day, direction, weekday);
  if (!resolved.value) return null;
  return found('DATE', resolved.value, 'day', ctx.reference !== null, { kind: 'calendarDay', day: resolved.day });
}

export const monthDayYear: Rule = {
  name: 'monthDayYear',
  pattern: new RegExp(`(?<![\\w$€£])${WEEKDAY_PREFIX}${MONTH}\\s{1,3}${DAY}(?![\\d:.,]\\d)(?:,?\\s{1,3}${YEAR})?\\b`, 'gi'),
  normalise: dayOfMonth,
};

export const dayMonthYear: Rule = {
  name: 'dayMonthYear',
  pattern: new RegExp(`(?<![\\w$€£.,])${WEEKDAY_PREFIX}${DAY}\\s{1,3}(?:of\\s{1,3})?${MONTH}(?:,?\\s{1,3}${YEAR})?\\b`, 'gi'),
  normalise: dayOfMonth,
};

export const monthYear: Rule = {
  name: 'monthYear',
  pattern: new RegExp(`\\b(?<month>${patterns.month})\\.?,?\\s{1,3}(?:of\\s{1,3})?(?:${YEAR}|(?<spelled>${patterns.spelledYear})(?![\\w-]))`, 'gi'),
  normalise(match) {
    const g = match.groups!;
    if (!isCapitalized(g.month!)) return null;
    const year = g.year ? Number(g.year) : lexicon.spelledYear(g.spelled!);
    if (year === undefined) return null;
    return found('DATE', formatMonth(year, lexicon.monthNumber(g.month!)!), 'month');
  },
};

export const isoDate: Rule = {
  name: 'isoDate',
  pattern: /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?![\w-])/g,
  normalise(match) {
    const date: Day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (!isValidDate(date)) return null;
    if (match[4]) {
      const time = `T${match[4]}:${match[5]}${match[6] ? `:${match[6]}` : ''}`;
      return found('TIME', formatDay(date) + time, 'other', false, { kind: 'calendarDay', day: date });
    }
    return found('DATE', formatDay(date), 'day', false, { kind: 'calendarDay', day: date });
  },
};

/** "30/10/2025", "2025/10/30": only when day and month cannot be swapped. */
export const numericDate: Rule = {
  name: 'numericDate',
  pattern: /(?<![\w./-])(\d{1,4})([/.])(\d{1,2})\2(\d{1,4})(?![\w/]|\.\d)/g,
  normalise(match) {
    const date = numericDay(match[1]!, match[3]!, match[4]!);
    if (!date) return null;
    return found('DATE', formatDay(date), 'day', false, { kind: 'calendarDay', day: date });
  },
};

/** "Christmas Day", "last Thanksgiving", "Easter 2024": fixed and movable holidays, placed like a day of a month. */
export const holiday: Rule = {
  name: 'holiday',
  pattern: new RegExp(`\\b(?:(?<rel>last|next|this)\\s{1,3})?(?<name>${patterns.holiday})(?:,?\\s{1,3}${YEAR})?(?![\\w'’])`, 'g'),
  normalise(match, ctx) {
    const g = match.groups!;
    const fixed = lexicon.holiday(g.name!);
    const movable = fixed ? undefined : lexicon.movableHoliday(g.name!);
    if (!fixed && !movable) return null;
    const dayIn = (year: number): Day => (fixed ? { year, month: fixed[0], day: fixed[1] } : movableHolidayIn(year, movable!));
    const next = wordAfter(ctx.text, match.index + match[0].length);
    if (!g.year && isCapitalized(next) && !lexicon.monthNumber(next)) return null; // "Christmas Island", "Easter Rising"
    if (g.year) {
      const date = dayIn(Number(g.year));
      return found('DATE', formatDay(date), 'day', false, { kind: 'calendarDay', day: date });
    }
    if (!ctx.reference) {
      const value = fixed ? `XXXX-${String(fixed[0]).padStart(2, '0')}-${String(fixed[1]).padStart(2, '0')}` : null;
      return found('DATE', value, 'day', false, { kind: 'calendarDay', day: null });
    }
    const rel = g.rel?.toLowerCase();
    const direction = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? 'nearest' : ctx.directionAt(match.index, match.index + match[0].length);
    let day = resolveYearlyDay(ctx.reference, dayIn, direction);
    // "last Christmas" on Christmas Day is the one before; "next Easter" on Easter the one after.
    if (day && rel && rel !== 'this' && formatDay(day) === formatDay(ctx.reference)) day = dayIn(day.year + (rel === 'last' ? -1 : 1));
    return found('DATE', day ? formatDay(day) : null, 'day', true, { kind: 'calendarDay', day });
  },
};
