// Overlap resolution: the longest candidate wins; among equals, the earlier rule (lower rank).
import type { Candidate } from './types.js';

export function longestFirst<T extends Candidate & { rank: number }>(candidates: T[]): T[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
