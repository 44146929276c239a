// Overlap resolution: the longest candidate wins; among equals, the earlier rule (lower rank).
// Candidates are first cut into clusters of mutually overlapping ones, so a sentence with
// thousands of dates stays linear; inside a (small) cluster the choice is greedy.
import type { Candidate } from './types.js';

function resolveCluster<T extends Candidate & { rank: number }>(cluster: T[]): T[] {
  if (cluster.length === 1) return cluster;
  const ordered = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept;
}

export function longestFirst<T extends Candidate & { rank: number }>(candidates: T[]): T[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  for (const c of byStart) {
    if (cluster.length && c.start >= clusterEnd) {
      kept.push(...resolveCluster(cluster));
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) kept.push(...resolveCluster(cluster));
  return kept.sort((a, b) => a.start - b.start);
}
