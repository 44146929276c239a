// Does [start, end) overlap any of a fixed set of ranges? In O(log n): extractors ask
// this for every mention or figure, and a run-on document has thousands of both.
import { lowerBound } from './lowerBound.js';

export class RangeIndex {
  private readonly starts: number[];
  /** maxEnd[k]: the largest end among the first k ranges by start. */
  private readonly maxEnd: number[];

  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    this.starts = sorted.map((r) => r[0]);
    this.maxEnd = [-Infinity];
    for (const [, end] of sorted) this.maxEnd.push(Math.max(this.maxEnd[this.maxEnd.length - 1]!, end));
  }

  /** True when some range r has r.start < end and start < r.end. */
  overlaps(start: number, end: number): boolean {
    // Every range before k starts before `end`; one of them overlaps iff it ends after `start`.
    const k = lowerBound(this.starts.length, (i) => this.starts[i]!, end);
    return this.maxEnd[k]! > start;
  }
}
