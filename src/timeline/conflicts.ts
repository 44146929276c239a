// Casualty figures of one event that disagree: same outcome, same victims (or both
// unnamed), from different articles or different sources, with different bounds.
// Breakdowns ("including three children") are parts of a total and are left out.
import type { TimelineCasualty, TimelineConflict } from './schema.js';
import { victimsMatch } from './victims.js';

type Figure = TimelineCasualty & { partOf?: boolean };

const fromDifferentReporters = (a: Figure, b: Figure) => a.path !== b.path || (a.source ?? '') !== (b.source ?? '');
const differ = (a: Figure, b: Figure) => a.low !== b.low || a.high !== b.high;

export function findConflicts(figures: Figure[]): TimelineConflict[] {
  const totals = figures.filter((f) => !f.partOf);
  // Union-find over disagreeing pairs: each group of linked figures is one conflict.
  const parent = totals.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const linked = new Set<number>();
  for (let i = 0; i < totals.length; i++) {
    for (let j = i + 1; j < totals.length; j++) {
      const a = totals[i]!;
      const b = totals[j]!;
      if (a.outcome !== b.outcome || !victimsMatch(a.victims, b.victims) || !fromDifferentReporters(a, b) || !differ(a, b)) continue;
      parent[root(j)] = root(i);
      linked.add(i).add(j);
    }
  }
  const groups = new Map<number, Figure[]>();
  for (const i of [...linked].sort((x, y) => x - y)) {
    const key = root(i);
    groups.set(key, [...(groups.get(key) ?? []), totals[i]!]);
  }
  return [...groups.values()].map((group) => ({
    outcome: group[0]!.outcome,
    victims: group.find((f) => f.victims !== null)?.victims ?? null,
    figures: group.map(({ partOf: _partOf, ...figure }) => figure),
  }));
}
