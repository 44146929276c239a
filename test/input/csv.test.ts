// CSV story tables: fixtures written for this project (a BOM, CRLF, quoted cells with
// line breaks and doubled quotes, a short row, an empty cell, an unreadable date).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { allSpans, type DocumentResult, type ErrorResult } from '../../src/schema/result.js';
import { documents, dumpFixture, resultsOf } from './dumpHelpers.js';

const fields = { textField: 'text', idField: 'stories_id', dateField: 'publish_date', titleField: 'title' };

describe('CSV export', async () => {
  const file = dumpFixture('stories.csv');
  const results = await resultsOf(file, 'csv', fields);

  it('gives one result per data row: source.record the row, source.id the id column, source.lines its lines', () => {
    expect(results.map((r) => [r.source.record, r.source.id, 'error' in r ? r.error.code : r.source.lines])).toEqual([
      [1, '5001', [2, 4]],
      [2, '5002', [5, 5]],
      [3, '5003', 'ECSV'],
      [4, '5004', 'EEMPTY'],
      [5, '5005', [8, 8]],
      [6, '5006', [9, 9]],
    ]);
    expect((results[2] as ErrorResult).error.message).toBe('row 3 (line 6) has 4 fields, the header has 5');
  });

  it('takes the title and the published date from their columns; an unreadable date is a warning', () => {
    expect((results[0] as DocumentResult).metadata).toMatchObject({ title: 'Dam inspection ordered after cracks found', published: '2025-01-14', referenceDateSource: 'published' });
    expect((results[4] as DocumentResult).metadata).toMatchObject({ title: 'Ferry service resumes', published: null, referenceDate: null });
    expect((results[4] as DocumentResult).warnings.map((w) => w.code)).toEqual(['EDATE']);
  });

  it('counts spans within the text cell (quotes undoubled, line breaks kept)', () => {
    const rows = parse(fs.readFileSync(file), { bom: true, columns: true, relax_column_count: true }) as Array<Record<string, string>>;
    const cells = new Map(rows.map((row) => [row.stories_id, [...(row.text ?? '')]]));
    for (const result of documents(results)) {
      const cell = cells.get(result.source.id!)!;
      for (const span of allSpans(result)) expect(cell.slice(span.start, span.end).join('')).toBe(span.text);
    }
    const quote = (results[0] as DocumentResult).quotes[0]!;
    expect(quote).toMatchObject({ text: 'There is no immediate danger,', speaker: { name: 'Petra Wolk' } });
    // Line 3 of the cell: its lines, not the file's.
    expect(quote.span).toMatchObject({ line: 3, column: 2 });
  });
});

describe('CSV separators and damage', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-csv-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads ";" with --csv-delimiter and a tab for .tsv files', async () => {
    const semicolon = await resultsOf(dumpFixture('stories-semicolon.csv'), 'csv', { textField: 'body', idField: 'id', titleField: 'headline', csvDelimiter: ';' });
    expect(semicolon.map((r) => [r.source.id, (r as DocumentResult).metadata.title])).toEqual([['s1', 'Snow closes pass'], ['s2', 'Pass reopens']]);
    expect((semicolon[0] as DocumentResult).casualties.map((c) => [c.outcome, c.count.low])).toEqual([['missing', 2]]);
    const tab = await resultsOf(dumpFixture('stories.tsv'), 'csv', { idField: 'id', dateField: 'date' });
    expect(tab.map((r) => [r.source.id, (r as DocumentResult).metadata.published])).toEqual([['t1', '2025-03-01']]);
  });

  it('gives a row with an unclosed quote an error record and keeps the rows before it', async () => {
    const file = path.join(dir, 'cut.csv');
    fs.writeFileSync(file, 'id,text\n1,Rain fell on Monday in Dover.\n2,"Snow fell on Tuesday in Leeds.\n');
    const results = await resultsOf(file, 'csv', { idField: 'id' });
    expect(results.map((r) => [r.source.record, 'error' in r ? r.error.code : 'ok'])).toEqual([[1, 'ok'], [2, 'ECSV']]);
  });

  it('refuses a file whose header lacks the text column, naming the columns it has', async () => {
    const file = path.join(dir, 'nocol.csv');
    fs.writeFileSync(file, 'id,body\n1,Rain fell.\n');
    const [result] = await resultsOf(file, 'csv');
    expect((result as ErrorResult).error).toEqual({ code: 'ECSV', message: 'no column "text" in the header row (columns: id, body)' });
  });
});
