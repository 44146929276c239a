// Nexis exports: the fixtures are short articles written for this project, laid
// out as Nexis Uni (Body / End of Document, a cover page) and older LexisNexis
// exports ("1 of 3 DOCUMENTS") lay them out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult, ErrorResult } from '../../src/schema/result.js';
import { documents, dumpFixture, expectSpansInFile, expectSpansWithin, resultsOf } from './dumpHelpers.js';

describe('Nexis Uni export with a cover page', async () => {
  const path = dumpFixture('nexis-uni.txt');
  const results = await resultsOf(path, 'nexis');

  it('gives one result per article, in order; the cover page is none', () => {
    expect(results.map((r) => [r.source.record, (r as DocumentResult).source.lines])).toEqual([
      [1, [13, 40]],
      [2, [42, 69]],
    ]);
  });

  it('takes the metadata from the headers; the published date is the reference date', () => {
    expect((results[0] as DocumentResult).metadata).toEqual({
      title: 'Flooding cuts road to northern valley',
      byline: 'Mara Okafor',
      published: '2025-03-03',
      referenceDate: '2025-03-03',
      referenceDateSource: 'published',
      dateline: { place: 'PORT ELLIS', agency: null },
      outlet: 'The Harbour Courier',
      section: 'NATIONAL; Pg. 4',
      wordCount: 118,
    });
    expect((results[1] as DocumentResult).metadata).toMatchObject({ title: 'Ceasefire talks resume in Vardan', byline: 'Tomas Berg', outlet: 'Eastern Ledger', published: '2025-03-04', section: 'WORLD', wordCount: 96 });
  });

  it('keeps spans in the export file: offsets and lines of the big file, items only from the body', () => {
    const [first, second] = documents(results);
    for (const result of [first!, second!]) expectSpansInFile(result, path);
    expectSpansWithin(first!, [29, 35]);
    expectSpansWithin(second!, [54, 58]);
    const injured = first!.casualties.find((c) => c.outcome === 'injured')!;
    expect(injured.span).toMatchObject({ line: 31, column: 1, text: expect.stringContaining('12 people') });
    // Relative dates resolve against each article's own published date.
    expect(second!.dates.find((d) => d.text === 'Monday')?.value).toBe('2025-03-03');
    expect(first!.dates.find((d) => d.text.includes('Sunday'))?.value).toBe('2025-03-02');
  });
});

describe('older LexisNexis export numbered "N of M DOCUMENTS"', async () => {
  const path = dumpFixture('nexis-academic.txt');
  const results = await resultsOf(path, 'nexis');

  it('gives the document number as source.id and the title under the date line', () => {
    expect(results.map((r) => [r.source.record, r.source.id, (r as DocumentResult).source.lines])).toEqual([
      [1, '1', [1, 28]],
      [2, '2', [31, 48]],
      [3, '3', [51, 64]],
    ]);
    expect((results[0] as DocumentResult).metadata).toMatchObject({ title: 'Grain convoy reaches Oskar after week of delays', outlet: 'The Inland Gazette', published: '2024-11-12', byline: 'Lena Duarte', dateline: { place: 'OSKAR', agency: null } });
    for (const result of documents(results)) expectSpansInFile(result, path);
  });

  it('warns of a date line it cannot read and keeps the article without a reference date', () => {
    const second = results[1] as DocumentResult;
    expect(second.warnings.map((w) => w.code)).toEqual(['EDATE']);
    expect(second.metadata).toMatchObject({ title: 'Port strike enters second week', outlet: 'Coastal Evening Star', published: null, referenceDateSource: 'none' });
    expect(second.quotes[0]?.speaker?.name).toBe('Ada Kroll');
  });

  it('warns that the last article is cut when the export ends far short of its stated length', () => {
    expect((results[2] as DocumentResult).warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
  });
});

describe('damaged Nexis export', async () => {
  const path = dumpFixture('nexis-damaged.txt');
  const results = await resultsOf(path, 'nexis');

  it('gives an article with an empty body an error record and keeps its neighbours whole', () => {
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'EEMPTY', 'ok']);
    expect((results[1] as ErrorResult).source).toEqual({ path, record: 2 });
    const [first, third] = documents(results);
    expect(first!.claims.length).toBeGreaterThan(0);
    expectSpansWithin(first!, [11, 11]);
    expectSpansWithin(third!, [41, 43]);
    for (const result of [first!, third!]) expectSpansInFile(result, path);
  });

  it('warns when the export ends without "End of Document"', () => {
    expect((results[2] as DocumentResult).warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
    expect((results[2] as DocumentResult).source.lines).toEqual([31, 43]);
  });
});

describe('a block with no article boundary for more than 16 MB', () => {
  it('gives it one error record and reads the articles after it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-nexis-'));
    const file = path.join(dir, 'long.txt');
    const article = (title: string) => `${title}\n\nMidland Post\nFebruary 20, 2025 Thursday\n\nLength: 9 words\n\nBody\n\nThe council met in Arden on Wednesday, the mayor said.\n\nEnd of Document\n`;
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, article('First meeting'));
    const filler = 'filler words without any article boundary\n'.repeat(10_000);
    for (let i = 0; i < 40; i++) fs.writeSync(fd, filler);
    fs.writeSync(fd, 'End of Document\n' + article('Second meeting'));
    fs.closeSync(fd);
    try {
      const results = await resultsOf(file, 'nexis');
      expect(results.map((r) => ('error' in r ? r.error.code : (r as DocumentResult).metadata.title))).toEqual(['First meeting', 'ETOOLONG', 'Second meeting']);
      expect(results.map((r) => r.source.record)).toEqual([1, 2, 3]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
