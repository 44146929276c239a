import { describe, expect, it } from 'vitest';
import { numericDay } from '../../src/calendar/day.js';
import { findFullDate } from '../../src/calendar/fullDate.js';

describe('findFullDate', () => {
  it.each<[string, string | null]>([
    ['Published: October 30, 2025, 13:54 IST', '2025-10-30'],
    ['Updated 11 June 2024', '2024-06-11'],
    ['Last updated on 3 Sept. 2024', '2024-09-03'],
    ['2025-10-30T08:00:00Z', '2025-10-30'],
    ['Issued on: 14/02/2025 - 18:22', '2025-02-14'],
    ['Published 02/14/2025 9:10 AM', '2025-02-14'],
    ['Stand: 14.02.2025, 18:22 Uhr', '2025-02-14'],
    ['Issued on: 03/04/2025 - 18:22', null],
    ['Call 12/13/20255 for help', null],
    ['February 30, 2025', null],
    ['No date here at all.', null],
  ])('%j → %s', (text, iso) => {
    expect(findFullDate(text)?.iso ?? null).toBe(iso);
  });

  it('reports where the date is', () => {
    expect(findFullDate('Issued on: 14/02/2025 - 18:22')).toMatchObject({ index: 11, length: 10 });
  });
});

describe('numericDay', () => {
  it.each<[string, string, string, string | null]>([
    ['30', '10', '2025', '2025-10-30'],
    ['10', '30', '2025', '2025-10-30'],
    ['2025', '10', '30', '2025-10-30'],
    ['07', '07', '2025', '2025-07-07'],
    ['03', '04', '2025', null],
    ['31', '02', '2025', null],
    ['30', '10', '1850', null],
  ])('%s/%s/%s → %s', (a, b, c, iso) => {
    const day = numericDay(a, b, c);
    expect(day ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : null).toBe(iso);
  });
});
