// The cross-article timeline: dated claims of all inputs, merged into events when
// several articles report the same thing, in date order, with the casualty figures
// they give and the figures that conflict.
import { isErrorResult, type Result } from '../schema/result.js';
import { candidatesOf, type Candidate } from './collect.js';
import { findConflicts } from './conflicts.js';
import { compareDateValues, mostPrecise } from './dateValue.js';
import { clusterReports } from './merge.js';
import { TimelineSchema, type Timeline, type TimelineEvent } from './schema.js';

export { TimelineSchema, type Timeline, type TimelineEvent } from './schema.js';
export { candidatesOf, type Candidate } from './collect.js';

export function buildTimeline(results: Result[]): Timeline {
  const candidates: Candidate[] = [];
  results.forEach((result, i) => {
    if (!isErrorResult(result)) candidates.push(...candidatesOf(result, i));
  });
  return timelineOf(candidates);
}

/** The timeline of candidates gathered one article at a time (so whole results need not be kept). */
export function timelineOf(candidates: Candidate[]): Timeline {
  const events = clusterReports(candidates).map(toEvent);
  // Stable sort: events on the same date keep input order.
  events.sort((a, b) => compareDateValues(a.date, b.date));
  return TimelineSchema.parse({ events });
}

function toEvent(cluster: Candidate[]): TimelineEvent {
  const figures = cluster.flatMap((c) => c.casualties);
  return {
    date: mostPrecise(cluster.map((c) => c.report.date).filter((d): d is string => d !== null)),
    summary: cluster[0]!.report.claim,
    reports: cluster.map((c) => c.report),
    casualties: figures.map(({ partOf: _partOf, ...figure }) => figure),
    conflicts: findConflicts(figures),
  };
}
