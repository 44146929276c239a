// CSV exports of story tables (Media Cloud, GDELT-derived lists, spreadsheets): one
// article per row, the header row naming the columns. Parsed by csv-parse (RFC 4180:
// quoted fields with line breaks and doubled quotes), after our own decoding (BOM,
// UTF-16, Windows-1252). Spans count within the text cell: a quoted cell's text is not
// the file's bytes ("" stands for "), so no file offset could be exact.
import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { GivenMetadata } from '../document/index.js';
import type { Task } from '../run/task.js';
import type { Warning } from '../schema/result.js';
import { openByteStream } from './byteStream.js';
import { headerDate } from './exportArticle.js';
import { failure } from './exportFile.js';
import { openTextStream } from './textStream.js';

export interface CsvFields {
  textField: string;
  idField?: string;
  dateField?: string;
  titleField?: string;
  /** ',' by default; ';' and tab are common in spreadsheet exports. */
  delimiter: string;
}

interface Row {
  record: string[];
  info: Info;
}

/** One row as a task; `row` counts data rows from 1 (the header row is not one). */
export function rowTask(path: string, row: number, lines: [number, number], cells: string[], header: string[], fields: CsvFields): Task {
  const cell = (name: string | undefined) => (name === undefined ? undefined : cells[header.indexOf(name)]);
  const id = cell(fields.idField)?.trim() || undefined;
  const where = { path, record: row, ...(id !== undefined ? { id } : {}) };
  if (cells.length !== header.length) {
    return { kind: 'failure', ...where, code: 'ECSV', message: `row ${row} (line ${lines[0]}) has ${cells.length} fields, the header has ${header.length}` };
  }
  const text = cell(fields.textField) ?? '';
  if (!text.trim()) return { kind: 'failure', ...where, code: 'EEMPTY', message: `row ${row} (line ${lines[0]}) has an empty "${fields.textField}" cell` };
  const warnings: Warning[] = [];
  const metadata: GivenMetadata = {};
  const date = cell(fields.dateField);
  if (date !== undefined) metadata.published = date.trim() ? headerDate(date, `"${fields.dateField}" cell`, warnings) : null;
  const title = cell(fields.titleField);
  if (title !== undefined) metadata.title = title.trim() || null;
  return { kind: 'record', ...where, text, warnings, article: { lines, metadata } };
}

export async function* readCsv(path: string, fields: CsvFields): AsyncGenerator<Task> {
  let chunks: AsyncGenerator<string>;
  let fileWarnings: Warning[];
  try {
    ({ chunks, warnings: fileWarnings } = await openTextStream(await openByteStream(path)));
  } catch (error) {
    yield failure(path, error);
    return;
  }
  // Rows csv-parse gives up on (an unclosed quote) come through on_skip, in file order.
  const skipped: CsvError[] = [];
  const parser = Readable.from(chunks).pipe(
    parse({
      delimiter: fields.delimiter,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => void (error && skipped.push(error)),
    }),
  );
  let header: string[] | null = null;
  let row = 0;
  let lastLine = 0;
  // csv-parse counts the empty lines it skips: those before a row are not the row's.
  let emptySeen = 0;
  const skippedBefore = function* (line: number): Generator<Task> {
    while (skipped.length && (skipped[0]!.lines as number) <= line) {
      const error = skipped.shift()!;
      yield { kind: 'failure', path, record: ++row, code: 'ECSV', message: `row ${row} (up to line ${error.lines}): ${error.message}` };
      lastLine = error.lines as number;
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<Row>) {
      yield* skippedBefore(info.lines - 1);
      const lines: [number, number] = [lastLine + 1 + info.empty_lines - emptySeen, info.lines];
      [lastLine, emptySeen] = [info.lines, info.empty_lines];
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = [fields.textField, fields.idField, fields.dateField, fields.titleField].filter((f) => f !== undefined && !header!.includes(f));
        if (missing.length) {
          yield { kind: 'failure', path, code: 'ECSV', message: `no column ${missing.map((m) => `"${m}"`).join(', ')} in the header row (columns: ${header.join(', ')})` };
          return;
        }
        continue;
      }
      const task = rowTask(path, ++row, lines, record, header, fields);
      if (task.kind === 'record') task.warnings!.push(...fileWarnings);
      yield task;
    }
    yield* skippedBefore(Infinity);
  } catch (error) {
    yield { ...failure(path, error), record: row + 1 } as Task;
  }
}
