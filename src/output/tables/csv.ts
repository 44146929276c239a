// `extract --format csv --table NAME`: one table as RFC 4180 CSV through csv-stringify
// (the writer of csv-parse's family): a header row, then each result's rows as it
// comes, rows ending in CRLF; a field with a comma, quote or line break (CR or LF
// alone too) is quoted, quotes doubled. A null or absent value is an empty field, an
// empty string a quoted one (`""`), booleans `true`/`false`.
import { stringify, type Options } from 'csv-stringify/sync';
import type { Result } from '../../schema/result.js';
import type { ResultWriter, Sink } from '../writer.js';
import { tableColumns, tableRows } from './tables.js';

const CSV_OPTIONS: Options = {
  record_delimiter: 'windows',
  // Given a record delimiter, csv-stringify would leave a lone LF or CR unquoted.
  quote_record_delimiter: true,
  cast: {
    boolean: (value) => (value ? 'true' : 'false'),
    string: (value) => (value === '' ? { value, quoted_empty: true } : value),
  },
};

export function csvTableWriter(sink: Sink, table: string): ResultWriter {
  sink.write(stringify([tableColumns(table)], CSV_OPTIONS));
  return {
    write(result: Result) {
      const rows = tableRows(table, result);
      if (rows.length) sink.write(stringify(rows, CSV_OPTIONS));
    },
    end() {},
  };
}
