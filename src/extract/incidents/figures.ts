// An incident's figures: per outcome each victim once (casualties' summary rules: parts
// not added, a headline repeating the body once, repeats once, an updated toll
// replacing what it includes) and, of competing figures from rival sources, the most
// conservative. `disputed` says that some victims have competing figures that differ.
import type { Casualty, Incident, Outcome } from '../../schema/result.js';
import { competing, figureGroups, summarize } from '../casualties/summary.js';

const ONE_EVENT = { oneEvent: true };
const bounds = (c: Casualty) => `${c.count.low}/${c.count.high}`;

export function figuresOf(items: Casualty[]): Pick<Incident, 'figures' | 'disputed'> {
  const outcomes = [...new Set(items.map((c) => c.outcome))] as Outcome[];
  const disputed = outcomes.some((outcome) =>
    figureGroups(items.filter((c) => c.outcome === outcome), ONE_EVENT).some((group) => new Set(competing(group).map(bounds)).size > 1));
  return { figures: summarize(items, ONE_EVENT), disputed };
}

/** summary.casualties: per outcome the sum over reported incidents; background never counts. */
export function summarizeIncidents(incidents: Incident[]): Record<string, { low: number | null; high: number | null }> {
  const out: Partial<Record<Outcome, { low: number | null; high: number | null }>> = {};
  for (const incident of incidents) {
    if (incident.scope !== 'incident') continue;
    for (const [outcome, b] of Object.entries(incident.figures) as Array<[Outcome, { low: number | null; high: number | null }]>) {
      const total = out[outcome];
      if (!total) {
        out[outcome] = { ...b };
        continue;
      }
      total.low = total.low === null && b.low === null ? null : (total.low ?? 0) + (b.low ?? 0);
      total.high = total.high === null || b.high === null ? null : total.high + b.high;
    }
  }
  return out;
}
