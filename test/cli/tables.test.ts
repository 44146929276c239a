// `extract --format csv --table NAME` as a researcher runs it: default --jobs, real files and pipes.
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, claimtrace, jsonLines, runAll, type Run } from './helpers.js';

type Item = { id: string };
type Line = { source: { path: string; record?: number; id?: string }; error?: { code: string; message: string } } & Record<string, Item[] | undefined>;

const INPUTS = ['--input-format', 'auto', '--id-field', 'stories_id', 'fixtures/000_d5b20ce8944ef767.txt', 'fixtures/dumps/stories.csv', 'missing.txt', 'fixtures/004_ae60cfbecd15d3fc.txt'];
// Tables run here; every table's rows are checked against its items in test/output/tables.test.ts.
const ITEM_TABLES = ['quotes', 'casualties', 'claims'];

const rowsOf = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;
const keyOf = (l: Line) => [l.source.path, String(l.source.record ?? ''), l.source.id ?? ''];

describe('claimtrace extract --format csv --table NAME', () => {
  let runs: Record<string, Run>;
  let results: Line[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-tables-'));
  const outFile = path.join(dir, 'claims.csv');
  beforeAll(async () => {
    buildIfMissing();
    runs = await runAll({
      jsonl: [['extract', '--quiet', '--format', 'jsonl', ...INPUTS]],
      documents: [['extract', '--quiet', '--format', 'csv', '--table', 'documents', ...INPUTS]],
      ...Object.fromEntries(ITEM_TABLES.filter((t) => t !== 'claims').map((t) => [t, [['extract', '--quiet', '--table', t, ...INPUTS]]])),
      // --out FILE, as for the other formats.
      claims: [['extract', '--quiet', '--table', 'claims', '--out', outFile, ...INPUTS]],
      // One worker against the default pool: the rows must come in the same order.
      oneJob: [['extract', '--quiet', '--table', 'claims', '--jobs', '1', ...INPUTS]],
    });
    results = jsonLines(runs.jsonl!.stdout) as Line[];
  }, 300_000);

  it('writes one documents row per result, in input order, error records included', () => {
    const rows = rowsOf(runs.documents!.stdout);
    expect(rows.map((r) => [r.path, r.record, r.record_id])).toEqual(results.map(keyOf));
    expect(rows.map((r) => r.error_code)).toEqual(results.map((l) => l.error?.code ?? ''));
    expect(rows.filter((r) => r.error_code).map((r) => r.path)).toContain('missing.txt');
    expect(runs.documents!.code).toBe(1);
  });

  it('writes one row per item in each item table, document by document and item by item', () => {
    for (const table of ITEM_TABLES) {
      const csv = table === 'claims' ? fs.readFileSync(outFile, 'utf8') : runs[table]!.stdout;
      const rows = rowsOf(csv);
      const expected = results.flatMap((l) => (l[table] ?? []).map((item) => [...keyOf(l), item.id]));
      expect(expected.length, table).toBeGreaterThan(0);
      expect(rows.map((r) => [r.path, r.record, r.record_id, r.id]), table).toEqual(expected);
    }
  });

  it('writes the same bytes with one worker as with the default pool', () => {
    expect(runs.oneJob!.stdout).toBe(fs.readFileSync(outFile, 'utf8'));
  });

  it('refuses --format csv without a table, --table with another format and --resume, naming what to do', async () => {
    const usage = await runAll({
      noTable: [['extract', '--format', 'csv', 'fixtures/000_d5b20ce8944ef767.txt']],
      json: [['extract', '--format', 'json', '--table', 'quotes', 'fixtures/000_d5b20ce8944ef767.txt']],
      resume: [['extract', '--table', 'quotes', '--out', path.join(dir, 'q.csv'), '--resume', 'fixtures/000_d5b20ce8944ef767.txt']],
      unknown: [['extract', '--table', 'people', 'fixtures/000_d5b20ce8944ef767.txt']],
    });
    for (const run of Object.values(usage)) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(usage.noTable!.stderr).toContain('add --table NAME, one of documents, actors, dates, quotes, casualties, claims, incidents');
    expect(usage.json!.stderr).toContain('--table goes with --format csv');
    expect(usage.resume!.stderr).toContain('a CSV table cannot be resumed');
    expect(usage.unknown!.stderr).toContain('Allowed choices are documents, actors');
    expect(fs.existsSync(path.join(dir, 'q.csv'))).toBe(false);
  });
});
