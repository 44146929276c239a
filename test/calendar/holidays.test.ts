import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/day.js';
import { easterSunday, movableHolidayIn, nthWeekday } from '../../src/calendar/holidays.js';

describe('movable holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2000, '2000-04-23'],
    [1998, '1998-04-12'],
  ])('Easter %i is %s', (year, expected) => {
    expect(formatDay(easterSunday(year))).toBe(expected);
  });

  it('finds the nth and the last weekday of a month', () => {
    expect(formatDay(nthWeekday(1999, 11, 4, 4))).toBe('1999-11-25'); // Thanksgiving
    expect(formatDay(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26'); // Memorial Day
    expect(formatDay(nthWeekday(2025, 9, 1, 1))).toBe('2025-09-01'); // Labor Day
  });

  it('counts days from Easter', () => {
    expect(formatDay(movableHolidayIn(2025, { fromEaster: -2 }))).toBe('2025-04-18'); // Good Friday
  });
});
