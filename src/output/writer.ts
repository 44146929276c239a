// Output formats. Every writer takes results one at a time, in input order, so
// output streams as documents complete.
import type { Result } from '../schema/result.js';
import { formatPretty } from './pretty.js';
import { csvTableWriter } from './tables/csv.js';

export type Format = 'json' | 'jsonl' | 'pretty' | 'csv';
export const FORMATS: Format[] = ['json', 'jsonl', 'pretty', 'csv'];

export interface Sink {
  write(chunk: string): void;
}

export interface ResultWriter {
  write(result: Result): void;
  end(): void;
}

/** `json`: one array, each result written as soon as it is ready. */
function jsonWriter(sink: Sink): ResultWriter {
  let first = true;
  return {
    write(result) {
      sink.write((first ? '[\n' : ',\n') + JSON.stringify(result, null, 2));
      first = false;
    },
    end() {
      sink.write(first ? '[]\n' : '\n]\n');
    },
  };
}

function jsonlWriter(sink: Sink): ResultWriter {
  return {
    write(result) {
      sink.write(JSON.stringify(result) + '\n');
    },
    end() {},
  };
}

function prettyWriter(sink: Sink, color: boolean): ResultWriter {
  return {
    write(result) {
      sink.write(formatPretty(result, { color }) + '\n');
    },
    end() {},
  };
}

/** `table`: the table `csv` writes (see tables/tables.ts). */
export function createWriter(format: Format, sink: Sink, options: { color: boolean; table?: string }): ResultWriter {
  switch (format) {
    case 'json':
      return jsonWriter(sink);
    case 'jsonl':
      return jsonlWriter(sink);
    case 'pretty':
      return prettyWriter(sink, options.color);
    case 'csv':
      if (!options.table) throw new Error('--format csv writes one table: name it');
      return csvTableWriter(sink, options.table);
  }
}
