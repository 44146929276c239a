// The timeline as CSV (RFC 4180): one row per report, with its event's number, date
// and summary; fields with commas, quotes or line breaks are quoted, quotes doubled,
// rows end with CRLF.
import type { Timeline } from '../schema.js';

const HEADER = ['event', 'date', 'summary', 'path', 'line', 'source', 'report_date', 'hedged', 'claim', 'conflicts', 'incident', 'scope'];

export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatTimelineCsv(timeline: Timeline): string {
  const rows: string[][] = [HEADER];
  timeline.events.forEach((event, i) => {
    for (const r of event.reports) {
      rows.push([String(i + 1), event.date ?? '', event.summary, r.path, String(r.line), r.source ?? '', r.date ?? '', String(r.hedged), r.claim, String(event.conflicts.length), r.incident ?? '', r.scope ?? '']);
    }
  });
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
