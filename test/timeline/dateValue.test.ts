import { describe, expect, it } from 'vitest';
import { compareDateValues, compatible, isoWeek, mostPrecise, parseDateValue } from '../../src/timeline/dateValue.js';

const ok = (a: string, b: string) => compatible(parseDateValue(a)!, parseDateValue(b)!);

describe('date values', () => {
  it.each([
    ['XXXX-10-29', '2025-10-29', true],
    ['2025-10-29', '2025-10-28', false],
    ['2024-10-29', '2025-10-29', false],
    ['2025-10', '2025-10-29', true],
    ['2025-11', '2025-10-29', false],
    ['2025', '2025-10-29', true],
    ['2025-W44', '2025-10-29', true],
    ['2025-W44', '2025-10-20', false],
    ['2025-W44', 'XXXX-10-29', true],
    ['2025-10-29T14:00', '2025-10-29', true],
    ['XXXX-10', '2025-10-29', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(ok(a, b)).toBe(expected);
    expect(ok(b, a)).toBe(expected);
  });

  it('computes ISO weeks across a year boundary', () => {
    expect(isoWeek(2024, 12, 30)).toEqual({ year: 2025, week: 1 });
    expect(isoWeek(2025, 10, 29)).toEqual({ year: 2025, week: 44 });
  });

  it('orders dated, then yearless by month and day, then unresolved', () => {
    const values = [null, 'XXXX-03-01', '2025-10', '2025-10-29', '2021', 'XXXX-01-15', '2025-10-01'];
    expect([...values].sort(compareDateValues)).toEqual(['2021', '2025-10-01', '2025-10', '2025-10-29', 'XXXX-01-15', 'XXXX-03-01', null]);
  });

  it('prefers the finest value with a known year', () => {
    expect(mostPrecise(['XXXX-10-29', '2025-10-29', '2025-10'])).toBe('2025-10-29');
  });
});
