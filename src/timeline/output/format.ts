// The timeline in each output format of `claimtrace timeline`.
import type { Timeline } from '../schema.js';
import { formatTimelineCsv } from './csv.js';
import { formatTimelinePretty } from './pretty.js';

export const TIMELINE_FORMATS = ['json', 'jsonl', 'pretty', 'csv'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

export function formatTimeline(timeline: Timeline, format: TimelineFormat, options: { color: boolean }): string {
  switch (format) {
    case 'json':
      return JSON.stringify(timeline, null, 2) + '\n';
    case 'jsonl':
      return timeline.events.map((e) => JSON.stringify(e) + '\n').join('');
    case 'csv':
      return formatTimelineCsv(timeline);
    case 'pretty':
      return formatTimelinePretty(timeline, options);
  }
}
