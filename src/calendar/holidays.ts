// Holidays whose day moves with the year: the nth weekday of a month (Thanksgiving, the fourth
// Thursday of November; Memorial Day, the last Monday of May) and days counted from Western
// Easter (Good Friday, Pentecost).
import { addDays, daysInMonth, isoWeekday, type Day } from './day.js';

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The nth `weekday` (1 = Monday) of a month; n = -1 is the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** A movable holiday's rule: the nth weekday of a month, or a number of days from Easter. */
export type MovableHoliday = { nth: [month: number, weekday: number, n: number] } | { fromEaster: number };

export function movableHolidayIn(year: number, holiday: MovableHoliday): Day {
  return 'nth' in holiday ? nthWeekday(year, ...holiday.nth) : addDays(easterSunday(year), holiday.fromEaster);
}
