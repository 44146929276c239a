// Placing a weekday, a day of a month or a month without a year on the calendar,
// in the direction the sentence's tense gives (past, future or nearest).
import { addDays, addMonths, daysBetween, formatDay, formatMonth, isoWeekday, isValidDate, type Day } from '../../calendar/day.js';
import type { Direction } from './types.js';

/**
 * A past verb often governs a date a few weeks ahead ("extended the offer to Nov. 20", "declared
 * a dividend payable Dec. 7"), and a future clause one just gone ("to act after the Aug. 7
 * blasts"). So a yearless day the tense places most of a year away is the near one on the other
 * side when that is at most six weeks ahead (two weeks behind); otherwise the tense decides.
 */
const NEAR_AHEAD_DAYS = 42;
const NEAR_BEHIND_DAYS = 14;
const FAR_DAYS = 183;
const NEAR_AHEAD_MONTHS = 3;
const FAR_MONTHS = 9;

/** The weekday (1 = Monday) nearest the reference in the direction; `strict` skips the reference day itself ("last Tuesday"). */
export function resolveWeekday(reference: Day, weekday: number, direction: Direction, strict = false): Day {
  const today = isoWeekday(reference);
  let back = (today - weekday + 7) % 7;
  let ahead = (weekday - today + 7) % 7;
  if (strict) {
    if (back === 0) back = 7;
    if (ahead === 0) ahead = 7;
  }
  if (direction === 'past') return addDays(reference, -back);
  if (direction === 'future') return addDays(reference, ahead);
  return back <= ahead ? addDays(reference, -back) : addDays(reference, ahead);
}

/** A day of a month without a year: the one before (or on) the reference, after it, or the nearest. */
export function resolveMonthDay(reference: Day, month: number, day: number, direction: Direction): Day | null {
  return resolveYearlyDay(reference, (year) => ({ year, month, day }), direction, true);
}

/** A day that comes once a year (`dayIn` gives it for a year) in the direction; `nearWins` lets a near one on the other side beat a far one (deadlines, not holidays). */
export function resolveYearlyDay(reference: Day, dayIn: (year: number) => Day, direction: Direction, nearWins = false): Day | null {
  const options = [reference.year - 1, reference.year, reference.year + 1].map(dayIn).filter(isValidDate);
  if (!options.length) return null;
  const distance = (d: Day) => daysBetween(reference, d);
  const nearest = options.reduce((best, d) => (Math.abs(distance(d)) < Math.abs(distance(best)) ? d : best));
  const directed = direction === 'past' ? [...options].reverse().find((d) => distance(d) <= 0) : direction === 'future' ? options.find((d) => distance(d) >= 0) : nearest;
  if (!directed || !nearWins) return directed ?? null;
  const near = distance(nearest) >= 0 ? distance(nearest) <= NEAR_AHEAD_DAYS : -distance(nearest) <= NEAR_BEHIND_DAYS;
  return near && Math.abs(distance(directed)) > FAR_DAYS ? nearest : directed;
}

/** A month without a year, as (year, month). */
export function resolveMonth(reference: Day, month: number, direction: Direction, pointsAhead = false): { year: number; month: number } {
  const back = (reference.month - month + 12) % 12;
  const ahead = (month - reference.month + 12) % 12;
  // After a past verb, a month that an infinitive or a deadline points to ("agreed to buy the line
  // in February", "extended the loans through January") is the coming one when that is near and the
  // past one most of a year back; otherwise ("fighting intensified in December") the tense decides.
  const nearAhead = pointsAhead && ahead > 0 && ahead <= NEAR_AHEAD_MONTHS && back >= FAR_MONTHS;
  const useBack = (direction === 'past' && !nearAhead) || (direction === 'nearest' && back <= ahead);
  return useBack ? addMonths(reference.year, reference.month, -back) : addMonths(reference.year, reference.month, ahead);
}

/** The year next to the reference's in which `month`/`day` falls on `weekday` ("Saturday, April 25"), nearest first. */
function yearOfWeekday(reference: Day, month: number, day: number, weekday: number): Day | null {
  const options = [reference.year, reference.year - 1, reference.year + 1].map((year) => ({ year, month, day })).filter(isValidDate);
  return options.find((d) => isoWeekday(d) === weekday) ?? null;
}

/** TIMEX3 value of a day-of-month without a year: resolved when there is a reference, else XXXX-MM-DD. A weekday named with it picks the year. */
export function monthDayValue(reference: Day | null, month: number, day: number, direction: Direction, weekday?: number): { value: string | null; day: Day | null } {
  if (!reference) {
    if (!isValidDate({ year: 2000, month, day })) return { value: null, day: null };
    return { value: `XXXX-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`, day: null };
  }
  const resolved = (weekday ? yearOfWeekday(reference, month, day, weekday) : null) ?? resolveMonthDay(reference, month, day, direction);
  return { value: resolved ? formatDay(resolved) : null, day: resolved };
}

export function monthValue(reference: Day | null, month: number, direction: Direction, pointsAhead = false): string {
  if (!reference) return `XXXX-${String(month).padStart(2, '0')}`;
  const { year, month: m } = resolveMonth(reference, month, direction, pointsAhead);
  return formatMonth(year, m);
}

/** "on the 25th": that day of the reference month, the month before or the month after, in the direction. */
export function resolveDayOfMonth(reference: Day, day: number, direction: Direction): Day | null {
  const options = [-1, 0, 1]
    .map((n) => addMonths(reference.year, reference.month, n))
    .map(({ year, month }) => ({ year, month, day }))
    .filter(isValidDate);
  const distance = (d: Day) => daysBetween(reference, d);
  if (direction === 'past') return [...options].reverse().find((d) => distance(d) <= 0) ?? null;
  if (direction === 'future') return options.find((d) => distance(d) >= 0) ?? null;
  return options.reduce<Day | null>((best, d) => (!best || Math.abs(distance(d)) < Math.abs(distance(best)) ? d : best), null);
}
