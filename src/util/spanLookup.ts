// Items by position, to find those overlapping a range without scanning every item
// for every sentence (documents can have thousands of both).
import { lowerBound } from './lowerBound.js';

export interface Positioned<T> {
  item: T;
  start: number;
  end: number;
}

export class SpanLookup<T> {
  private readonly sorted: Positioned<T>[];
  private readonly longest: number;

  constructor(entries: Positioned<T>[]) {
    this.sorted = [...entries].sort((a, b) => a.start - b.start);
    this.longest = this.sorted.reduce((max, e) => Math.max(max, e.end - e.start), 0);
  }

  /** Entries overlapping [start, end), in text order. */
  overlapping(start: number, end: number): Positioned<T>[] {
    const out: Positioned<T>[] = [];
    for (let i = this.firstStartingAtOrAfter(start - this.longest); i < this.sorted.length; i++) {
      const entry = this.sorted[i]!;
      if (entry.start >= end) break;
      if (entry.end > start || (entry.start === entry.end && entry.start >= start)) out.push(entry);
    }
    return out;
  }

  private firstStartingAtOrAfter(offset: number): number {
    return lowerBound(this.sorted.length, (i) => this.sorted[i]!.start, offset);
  }
}
