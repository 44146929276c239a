// One article of a news-database export (Nexis, Factiva) as a task: the body's text
// cut from the file with its place in the file (base line and offset), so spans keep
// the export's own lines and offsets; the header fields as given metadata.
import { findFullDate } from '../calendar/fullDate.js';
import type { GivenMetadata } from '../document/index.js';
import type { Task } from '../run/task.js';
import type { Warning } from '../schema/result.js';
import type { Source } from './read.js';
import type { FileLine } from './textStream.js';

export interface ArticleDraft {
  /** Every line of the article, headers and trailers included. */
  lines: FileLine[];
  /** Indexes into `lines` of the body: [from, to). */
  bodyFrom: number;
  bodyTo: number;
  /** Field codes at the start of body lines (Factiva's `TD`): line index and length in UTF-16 units. */
  markup?: Array<{ index: number; length: number }>;
  metadata: GivenMetadata;
  id?: string;
  warnings: Warning[];
}

const isBlank = (line: FileLine) => !line.text.trim();

/** The draft's task: a record with its base and metadata, or an error record when it has no body. */
export function articleTask(path: string, record: number, draft: ArticleDraft, encoding: Source['encoding']): Task {
  const { lines } = draft;
  let from = draft.bodyFrom;
  let to = draft.bodyTo;
  while (from < to && isBlank(lines[from]!)) from++;
  while (to > from && isBlank(lines[to - 1]!)) to--;
  const where = { path, record, ...(draft.id !== undefined ? { id: draft.id } : {}) };
  let last = lines.length - 1;
  while (last > 0 && isBlank(lines[last]!)) last--;
  const span: [number, number] = [lines[0]!.line, lines[last]!.line];
  if (from === to) return { kind: 'failure', ...where, code: 'EEMPTY', message: `article ${record} (lines ${span[0]}–${span[1]}) has an empty body` };
  let text = '';
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    starts.push(text.length);
    text += lines[i]!.text + (i < to - 1 ? lines[i]!.eol : '');
  }
  const markup = (draft.markup ?? [])
    .filter((m) => m.index >= from && m.index < to)
    .map((m): [number, number] => [starts[m.index - from]!, starts[m.index - from]! + m.length]);
  return {
    kind: 'record',
    ...where,
    text,
    encoding,
    warnings: draft.warnings,
    article: {
      lines: span,
      base: { offset: lines[from]!.offset, line: lines[from]!.line },
      ...(markup.length ? { markup } : {}),
      metadata: draft.metadata,
    },
  };
}

/** A header's date as YYYY-MM-DD, or null with a warning saying which header could not be read. */
export function headerDate(value: string, field: string, warnings: Warning[]): string | null {
  const found = findFullDate(value);
  if (!found) warnings.push({ code: 'EDATE', message: `${field} "${value.trim()}" is not a full date: no published date, no reference date from it` });
  return found?.iso ?? null;
}

/** "1,234 words" → 1234. */
export function wordCount(value: string): number | null {
  const m = /(\d[\d,.]*)\s*words?/i.exec(value) ?? /^\s*(\d[\d,.]*)\s*$/.exec(value);
  return m ? Number(m[1]!.replace(/[,.]/g, '')) : null;
}
