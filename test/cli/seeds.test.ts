// `claimtrace extract --format json fixtures/*.txt` on the two seed articles: valid
// results with exact spans, and the metadata the gold files give (when ../shared is there).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';
import { allSpans, DocumentResultSchema, type DocumentResult } from '../../src/schema/result.js';
import { buildIfMissing, claimtrace, root, type Run } from './helpers.js';

const goldDir = path.resolve(root, '../shared/eval/gold');
const SEED_004 = 'fixtures/004_ae60cfbecd15d3fc.txt';

let run: Run;
let results: DocumentResult[];

beforeAll(async () => {
  buildIfMissing();
  run = await claimtrace(['extract', '--format', 'json', 'fixtures/*.txt']);
  results = JSON.parse(run.stdout) as DocumentResult[];
}, 120_000);

describe('the seed articles', () => {
  it('give two valid results, in order, and exit 0', () => {
    expect(run.code).toBe(0);
    expect(results.map((r) => r.source.path)).toEqual(['fixtures/000_d5b20ce8944ef767.txt', SEED_004]);
    for (const r of results) expect(DocumentResultSchema.safeParse(r).success).toBe(true);
  });

  it('have every span exact against the file', () => {
    for (const r of results) {
      const points = [...decode(fs.readFileSync(path.join(root, r.source.path))).text];
      for (const span of allSpans(r)) expect(points.slice(span.start, span.end).join('')).toBe(span.text);
    }
  });

  it('seed 004 is published 2025-10-30, which becomes its reference date', () => {
    const seed = results.find((r) => r.source.path === SEED_004)!;
    expect(seed.metadata).toMatchObject({ published: '2025-10-30', referenceDate: '2025-10-30', referenceDateSource: 'published' });
  });

  it.skipIf(!fs.existsSync(goldDir))('have the title, byline and published date of the gold files', () => {
    for (const r of results) {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, path.basename(r.source.path, '.txt') + '.json'), 'utf8'));
      expect({ title: r.metadata.title, byline: r.metadata.byline, published: r.metadata.published }).toEqual({
        title: gold.metadata.title,
        byline: gold.metadata.byline,
        published: gold.metadata.published,
      });
    }
  });
});
