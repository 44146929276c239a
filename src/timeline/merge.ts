// Groups reports of the same event across articles. Two reports (claims or incidents)
// are the same event when their dates are compatible (never two different days) and they
// share enough: an actor and the kind of event, the victims of a casualty figure, the
// place of an incident, or most of their content words. Coarse dates (a month, a year) need more evidence than a day.
import type { Candidate } from './collect.js';
import { compatible } from './dateValue.js';
import { overlap, sharedCategories } from './words.js';
import { victimsMatch } from './victims.js';

/** Content overlap that alone shows two claims tell the same thing. */
const STRONG_OVERLAP = 0.5;
/** Content overlap that, with a shared actor, shows the same event on the same day. */
const SOME_OVERLAP = 0.25;
/** … and at a coarser date. */
const COARSE_OVERLAP = 0.35;
const DAY_PRECISION = 3;

export type Cluster = Candidate[];

function sharedActors(a: Candidate, b: Candidate): number {
  let n = 0;
  for (const name of a.actorNames) if (b.actorNames.has(name)) n++;
  return n;
}

function sharedVictims(a: Candidate, b: Candidate): boolean {
  return a.casualties.some((x) => b.casualties.some((y) => x.outcome === y.outcome && x.victims !== null && y.victims !== null && victimsMatch(x.victims, y.victims)));
}

/** How strongly two claims of different articles look like one event (0: not at all). */
export function sameEventScore(a: Candidate, b: Candidate): number {
  if (!a.parsed || !b.parsed || !compatible(a.parsed, b.parsed)) return 0;
  // Incidents at two different places are two events, however alike.
  if (a.place !== null && b.place !== null && a.place !== b.place) return 0;
  const words = overlap(a.words, b.words);
  const actors = sharedActors(a, b);
  const kinds = sharedCategories(a.words, b.words);
  const victims = sharedVictims(a, b);
  const score = words + 0.2 * actors + 0.2 * kinds + (victims ? 0.3 : 0);
  if (words >= STRONG_OVERLAP) return score;
  // Two articles' incidents at one place on compatible dates, with the same victims or the same kind of event.
  if (a.place !== null && a.place === b.place && (victims || kinds > 0)) return score + 0.3;
  const daySure = Math.min(a.parsed.precision, b.parsed.precision) >= DAY_PRECISION;
  const enough = daySure
    ? (actors > 0 && (kinds > 0 || words >= SOME_OVERLAP)) || (victims && (actors > 0 || kinds > 0))
    : actors > 0 && kinds > 0 && (victims || words >= COARSE_OVERLAP);
  return enough ? score : 0;
}

/**
 * Greedy clustering in input order: each claim joins the event it matches best among
 * those with no report from its own article and whose every date is compatible with it.
 */
export function clusterReports(candidates: Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const candidate of candidates) {
    let best: { cluster: Cluster; score: number } | null = null;
    for (const cluster of clusters) {
      if (cluster.some((c) => c.article === candidate.article)) continue;
      if (!cluster.every((c) => c.parsed && candidate.parsed && compatible(c.parsed, candidate.parsed))) continue;
      const score = Math.max(...cluster.map((c) => sameEventScore(c, candidate)));
      if (score > 0 && (!best || score > best.score)) best = { cluster, score };
    }
    if (best) best.cluster.push(candidate);
    else clusters.push([candidate]);
  }
  return clusters;
}
