import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeIndex } from '../../src/util/rangeIndex.js';

describe('RangeIndex', () => {
  it.each<[Array<[number, number]>, number, number, boolean]>([
    [[[10, 20]], 0, 10, false],
    [[[10, 20]], 0, 11, true],
    [[[10, 20]], 19, 30, true],
    [[[10, 20]], 20, 30, false],
    [[[0, 100], [40, 50]], 60, 70, true],
    [[[40, 50], [0, 5]], 10, 20, false],
    [[], 0, 10, false],
  ])('%j overlaps [%i, %i): %s', (ranges, start, end, expected) => {
    expect(new RangeIndex(ranges).overlaps(start, end)).toBe(expected);
  });

  it('agrees with a linear scan on random ranges', () => {
    const range = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })).map(([s, n]): [number, number] => [s, s + n]);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), range, (ranges, [start, end]) => {
        const linear = ranges.some(([s, e]) => start < e && s < end);
        expect(new RangeIndex(ranges).overlaps(start, end)).toBe(linear);
      }),
    );
  });
});
