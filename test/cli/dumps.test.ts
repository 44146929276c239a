// The CLI on export files as a researcher runs it: default --jobs (workers), real files and pipes.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, claimtrace, jsonLines, schemaErrors, type Run } from './helpers.js';

const dumps = (name: string) => `fixtures/dumps/${name}`;
type Line = { source: { path: string; record?: number; id?: string }; error?: { code: string } };

describe('claimtrace extract --input-format auto on exports', () => {
  let run: Run;
  let piped: Run;
  let schema: Record<string, unknown>;
  beforeAll(async () => {
    buildIfMissing();
    schema = JSON.parse((await claimtrace(['schema'])).stdout);
    piped = await claimtrace(['extract', '--quiet', '--format', 'jsonl', '--input-format', 'factiva', '-'], { input: fs.readFileSync(dumps('factiva.txt')) });
    run = await claimtrace(['extract', '--quiet', '--format', 'jsonl', '--input-format', 'auto', '--id-field', 'stories_id', dumps('nexis-uni.txt'), dumps('factiva.txt'), dumps('stories.csv'), dumps('nexis-academic.txt')]);
  }, 120_000);

  it('writes one line per article, file by file and in order, each with its record and id', () => {
    const lines = jsonLines(run.stdout) as Line[];
    expect(lines.map((l) => [l.source.path.replace('fixtures/dumps/', ''), l.source.record])).toEqual([
      ['nexis-uni.txt', 1], ['nexis-uni.txt', 2],
      ['factiva.txt', 1], ['factiva.txt', 2], ['factiva.txt', 3], ['factiva.txt', 4], ['factiva.txt', 5],
      ['stories.csv', 1], ['stories.csv', 2], ['stories.csv', 3], ['stories.csv', 4], ['stories.csv', 5], ['stories.csv', 6],
      ['nexis-academic.txt', 1], ['nexis-academic.txt', 2], ['nexis-academic.txt', 3],
    ]);
    expect(lines.filter((l) => l.error).map((l) => `${l.source.path.replace('fixtures/dumps/', '')}:${l.source.record} ${l.error!.code}`)).toEqual([
      'factiva.txt:4 EEMPTY', 'stories.csv:3 ECSV', 'stories.csv:4 EEMPTY',
    ]);
  });

  it('reports the damaged records on stderr by file and record, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('fixtures/dumps/stories.csv:3: row 3 (line 6) has 4 fields, the header has 5 (ECSV)');
  });

  it('fits the JSON Schema `claimtrace schema` prints, [first, last] lines included', () => {
    for (const line of jsonLines(run.stdout)) expect(schemaErrors(schema, line)).toEqual([]);
    expect(schemaErrors(schema, { ...(jsonLines(run.stdout)[0] as object), source: { ...(jsonLines(run.stdout)[0] as Line).source, sha256: 'x', bytes: 1, encoding: 'utf-8', lines: [3, 4, 5] } })).not.toEqual([]);
  });

  it('reads an export piped on stdin, with spans in the piped text', () => {
    const lines = jsonLines(piped.stdout) as Array<Line & { claims?: Array<{ span: { start: number; end: number; text: string } }> }>;
    expect(lines.map((l) => [l.source.path, l.source.record, l.source.id])).toEqual([
      ['-', 1, 'VALOBS0020240807ek870001'], ['-', 2, 'NMW0000020240809ek890002'], ['-', 3, 'COMDLY0020240810ek8a0003'], ['-', 4, 'COMDLY0020240812ek8c0004'], ['-', 5, undefined],
    ]);
    const text = [...fs.readFileSync(dumps('factiva.txt'), 'utf8')];
    for (const claim of lines[1]!.claims!) expect(text.slice(claim.span.start, claim.span.end).join('')).toBe(claim.span.text);
  });
});
