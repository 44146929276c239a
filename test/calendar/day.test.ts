import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWeek, isoWeek, isoWeekday, parseIsoDay } from '../../src/calendar/day.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('calendar days', () => {
  it.each([
    ['2025-10-30', 2025, 44],
    ['2021-01-01', 2020, 53],
    ['2023-01-01', 2022, 52],
    ['2023-01-02', 2023, 1],
    ['2024-12-30', 2025, 1],
  ])('ISO week of %s', (iso, year, week) => {
    expect(isoWeek(day(iso))).toEqual({ year, week });
  });

  it('formats weeks with two digits', () => {
    expect(formatWeek(day('2025-03-05'))).toBe('2025-W10');
  });

  it('knows weekdays (Monday = 1, Sunday = 7)', () => {
    expect(isoWeekday(day('2025-10-30'))).toBe(4);
    expect(isoWeekday(day('2025-11-02'))).toBe(7);
  });

  it('adds days across months and leap years', () => {
    expect(addDays(day('2024-02-28'), 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays(day('2025-01-01'), -1)).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it('adds months across years', () => {
    expect(addMonths(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths(2025, 11, 3)).toEqual({ year: 2026, month: 2 });
  });

  it('rejects invalid days', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('not a date')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });
});
