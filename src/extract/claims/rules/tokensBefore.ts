// The few tokens just before an offset, found by binary search so that looking back
// from many dates in a huge sentence stays linear.
import type { Document, Token } from '../../../document/index.js';
import { lowerBound } from '../../../util/lowerBound.js';

/** Up to `count` tokens that start before `offset` and at or after `floor`, in text order. */
export function tokensBefore(doc: Document, offset: number, floor: number, count: number): Token[] {
  const all = doc.tokens;
  const at = lowerBound(all.length, (i) => all[i]!.start, offset);
  return all.slice(Math.max(0, at - count), at).filter((t) => t.start >= floor);
}
