import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extract } from '../../src/index.js';
import { DocumentResultSchema, type DocumentResult, type Result } from '../../src/schema/result.js';
import { csvTableWriter } from '../../src/output/tables/csv.js';
import { columnsOf } from '../../src/output/tables/flatten.js';
import { TABLE_NAMES, tableColumns, tableRows } from '../../src/output/tables/tables.js';

/** Writes results as one CSV table, as the CLI does. */
function csvOf(table: string, results: Result[]): string {
  let text = '';
  const writer = csvTableWriter({ write: (chunk) => (text += chunk) }, table);
  for (const r of results) writer.write(r);
  writer.end();
  return text;
}

/**
 * Reads CSV back: an unquoted empty field is null, a quoted one the empty string. Any
 * line ending ends a record, as many readers take it, so a line break must be quoted.
 */
function readCsv(text: string): { header: string[]; rows: Array<Record<string, string | null>> } {
  const records = parse(text, { record_delimiter: ['\r\n', '\n', '\r'], cast: (value, context) => (value === '' && !context.quoting ? null : value) }) as Array<Array<string | null>>;
  const [header, ...rows] = records;
  return { header: header as string[], rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!]))) };
}

const cellText = (value: unknown) => (value === null || value === undefined ? null : String(value));

// Composed: a quotation with commas, inner quote marks and a CRLF line break; a
// sentence broken by a bare LF and nothing else to quote.
const ARTICLE = [
  'KABUL, March 3, 2024 (AFP) - At least 12 people, including 3 children, were killed on Monday in a blast in Kabul, police said.',
  '',
  '"We heard a huge explosion, then screams," said Ahmad Khan, a shopkeeper. "They call it a \'security incident,\' but\r',
  'it was a "massacre", nothing less."',
  '',
  'The Interior Ministry said 20 people',
  'were injured.',
].join('\n');
const article = extract(ARTICLE, { path: 'dir, with "quotes"/kabul.txt' });
const missing: Result = { schemaVersion: 1, source: { path: 'missing.txt' }, error: { code: 'ENOENT', message: 'no such file, or directory' } };

describe('columns from a zod schema', () => {
  const schema = z.object({
    id: z.string(),
    count: z.object({ low: z.number().nullable(), high: z.number().nullable() }),
    figures: z.partialRecord(z.enum(['killed', 'injured']), z.object({ low: z.number() })),
    roles: z.array(z.string()),
    sources: z.array(z.object({ name: z.string(), actor: z.string().nullable() })),
    lines: z.union([z.number(), z.tuple([z.number(), z.number()])]),
    victimActor: z.string().nullable().optional(),
    hedged: z.boolean(),
  });
  const columns = columnsOf(schema, [], (row) => row);

  it('names nested fields by their path in snake case, record keys from the enum', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'id', 'count_low', 'count_high', 'figures_killed_low', 'figures_injured_low', 'roles', 'sources_name', 'sources_actor', 'lines', 'victim_actor', 'hedged',
    ]);
  });

  it('joins arrays with ; (objects field by field, in step), keeps null and absent as null', () => {
    const row = {
      id: 'x1', count: { low: 3, high: null }, figures: { injured: { low: 4 } }, roles: ['Defence Minister', 'spokesman'],
      sources: [{ name: 'police', actor: null }, { name: 'Ahmad Khan', actor: 'a3' }], lines: [4, 9], hedged: false,
    };
    expect(columns.map((c) => c.value(row))).toEqual(['x1', 3, null, null, 4, 'Defence Minister;spokesman', 'police;Ahmad Khan', ';a3', '4;9', null, false]);
    expect(columns.map((c) => c.value({ ...row, roles: [], sources: [], lines: 30 }))).toEqual(['x1', 3, null, null, 4, '', '', '', 30, null, false]);
  });
});

describe('the tables', () => {
  it('are documents and one per item list of the schema', () => {
    expect(TABLE_NAMES).toEqual(['documents', 'actors', 'dates', 'quotes', 'casualties', 'claims', 'incidents']);
  });

  it('lead with the document key; item tables then the item id and, where items have a span, its provenance', () => {
    for (const name of TABLE_NAMES) expect(tableColumns(name).slice(0, 3)).toEqual(['path', 'record', 'record_id']);
    for (const name of ['dates', 'quotes', 'casualties', 'claims', 'actors']) {
      expect(tableColumns(name).slice(3, 10)).toEqual(['id', 'span_start', 'span_end', 'span_line', 'span_column', 'span_end_line', 'span_end_column']);
    }
    expect(tableColumns('incidents')).not.toContain('span_start');
  });

  it('follow a field added to the schema', () => {
    // Every field of a casualty reaches a column named after its path.
    const casualty = (DocumentResultSchema.shape.casualties.element as z.ZodObject).shape;
    for (const key of Object.keys(casualty).filter((k) => !['id', 'span', 'count', 'source', 'share'].includes(k))) {
      expect(tableColumns('casualties')).toContain(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    }
    expect(tableColumns('casualties')).toEqual(expect.arrayContaining(['count_low', 'count_high', 'count_text', 'count_approximate', 'source_name', 'source_actor']));
  });

  it('give one row per item, in item order, with the item\'s values and span', () => {
    const { rows } = readCsv(csvOf('casualties', [article]));
    expect(article.casualties.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.id)).toEqual(article.casualties.map((c) => c.id));
    article.casualties.forEach((c, i) => {
      const row = rows[i]!;
      expect(row).toMatchObject({
        path: article.source.path, record: null, outcome: c.outcome, count_low: cellText(c.count.low), count_high: cellText(c.count.high),
        count_approximate: String(c.count.approximate), span_start: String(c.span.start), span_end: String(c.span.end), span_line: String(c.span.line),
        span_column: String(c.span.column), span_text: c.span.text, victims: c.victims, source_name: c.source?.name ?? null,
      });
      expect(ARTICLE.slice(Number(row.span_start), Number(row.span_end))).toBe(row.span_text);
    });
    const quotes = readCsv(csvOf('quotes', [article])).rows;
    expect(quotes.map((q) => [q.text, q.speaker_name, q.speaker_actor])).toEqual(article.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.actor ?? null]));
  });

  it('write an actor at its first mention, its lists joined, an empty list as "" and null as an empty field', () => {
    const { rows } = readCsv(csvOf('actors', [article]));
    article.actors.forEach((a, i) => {
      expect(rows[i]).toMatchObject({ id: a.id, name: a.name, roles: a.roles.join(';'), aliases: a.aliases.join(';'), country: a.country, span_start: String(a.mentions[0]!.start), mentions_count: String(a.mentions.length) });
    });
    expect(rows.some((r) => r.roles === '')).toBe(true);
    expect(rows.some((r) => r.country === null)).toBe(true);
  });

  it('keep error records in the documents table, and out of the item tables', () => {
    const { rows } = readCsv(csvOf('documents', [article, missing]));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ path: article.source.path, sha256: article.source.sha256, published: '2024-03-03', error_code: null, quotes_count: String(article.quotes.length), summary_casualties_killed_low: cellText(article.summary.casualties.killed?.low) });
    expect(rows[1]).toMatchObject({ path: 'missing.txt', error_code: 'ENOENT', error_message: 'no such file, or directory', sha256: null, quotes_count: null });
    for (const name of TABLE_NAMES.filter((t) => t !== 'documents')) expect(tableRows(name, missing)).toEqual([]);
  });

  it('are RFC 4180: commas, quotes and line breaks inside fields come back as they were', () => {
    for (const name of TABLE_NAMES) {
      const text = csvOf(name, [article, missing]);
      expect(text.endsWith('\r\n')).toBe(true);
      const { header, rows } = readCsv(text);
      expect(header).toEqual(tableColumns(name));
      const expected = [article, missing].flatMap((r) => tableRows(name, r)).map((cells) => cells.map(cellText));
      expect(rows.map((r) => header.map((h) => r[h]))).toEqual(expected);
    }
    // The composed article did put each hard character in some field.
    const cells = [article, missing].flatMap((r) => TABLE_NAMES.flatMap((t) => tableRows(t, r))).flat().filter((c): c is string => typeof c === 'string');
    for (const hard of [',', '"', '\n', '\r']) expect(cells.some((c) => c.includes(hard))).toBe(true);
  });

  it('are listed in the README with the headers they have', () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const name of TABLE_NAMES) {
      const line = `- \`${name}\`: \`${tableColumns(name).join(',')}\``;
      expect(readme.includes(line), `README "CSV tables" should list the header of ${name} as:\n${line}`).toBe(true);
    }
  });

  it('write only the header when there is nothing to write', () => {
    expect(csvOf('quotes', [])).toBe(tableColumns('quotes').join(',') + '\r\n');
  });
});

// Compile-time check that the fixture is a document result.
void (article satisfies DocumentResult);
