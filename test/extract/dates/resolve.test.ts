import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from '../../../src/calendar/day.js';
import { monthValue, resolveMonthDay, resolveWeekday } from '../../../src/extract/dates/resolve.js';
import type { Direction } from '../../../src/extract/dates/types.js';

const THU = parseIsoDay('2025-10-30')!;

describe('resolveWeekday (reference Thursday 2025-10-30)', () => {
  it.each<[number, Direction, boolean, string]>([
    [2, 'past', false, '2025-10-28'],
    [2, 'future', false, '2025-11-04'],
    [2, 'nearest', false, '2025-10-28'],
    [7, 'nearest', false, '2025-11-02'],
    [4, 'past', false, '2025-10-30'],
    [4, 'past', true, '2025-10-23'],
    [4, 'future', true, '2025-11-06'],
    [1, 'nearest', false, '2025-10-27'],
  ])('weekday %i %s strict=%s', (weekday, direction, strict, expected) => {
    expect(formatDay(resolveWeekday(THU, weekday, direction, strict))).toBe(expected);
  });
});

describe('resolveMonthDay and monthValue', () => {
  it.each<[number, number, Direction, string]>([
    [10, 12, 'past', '2025-10-12'],
    // A near date on the other side beats a far one the tense points to; else the tense decides.
    [11, 12, 'past', '2025-11-12'],
    [3, 4, 'past', '2025-03-04'],
    [10, 20, 'future', '2025-10-20'],
    [12, 25, 'past', '2024-12-25'],
    [3, 4, 'future', '2026-03-04'],
    [10, 12, 'future', '2026-10-12'],
    [1, 3, 'nearest', '2026-01-03'],
    [10, 30, 'past', '2025-10-30'],
  ])('%i/%i %s', (month, day, direction, expected) => {
    expect(formatDay(resolveMonthDay(THU, month, day, direction)!)).toBe(expected);
  });

  it('never invents 29 February in a common year', () => {
    expect(resolveMonthDay(parseIsoDay('2025-03-01')!, 2, 29, 'past')?.year).toBe(2024);
  });

  it.each<[number, Direction, string]>([
    [12, 'past', '2024-12'],
    [12, 'future', '2025-12'],
    [12, 'nearest', '2025-12'],
    [3, 'nearest', '2026-03'],
    [10, 'past', '2025-10'],
  ])('month %i %s', (month, direction, expected) => {
    expect(monthValue(THU, month, direction)).toBe(expected);
  });

  it('keeps XXXX without a reference', () => {
    expect(monthValue(null, 3, 'past')).toBe('XXXX-03');
  });
});
