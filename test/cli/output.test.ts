// The output formats in-process: the json array streams, jsonl lines, and pretty
// text that fits 80 columns with or without colour.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { fit, formatBounds, formatPretty } from '../../src/output/pretty.js';
import { createWriter, type Format } from '../../src/output/writer.js';
import type { DocumentResult, ErrorResult, Result } from '../../src/schema/result.js';

const article = [
  'Gunmen kill at least 14 in a dawn raid on a border village, officials say 😀 and much more headline text',
  '',
  'By Jane Roe | Updated March 4, 2025, 09:12 GMT',
  '',
  'KASSALA, Sudan (Reuters) – Gunmen killed at least 14 people, including three children, in a dawn raid on a village near the border on Monday, local officials said, in a very long sentence 🇸🇩🇸🇩🇸🇩.',
  '',
  '“They came from the east and left before the army could reach them, and we are still counting the missing,” the regional police chief Maj. Gen. Idris Osman told reporters on Tuesday.',
].join('\n');
const doc: DocumentResult = extract(article, { path: 'some/rather/long/path/to/an/article/file-name.txt' });
const failure: ErrorResult = { schemaVersion: 1, source: { path: 'missing.txt' }, error: { code: 'ENOENT', message: 'no such file or directory' } };

function written(format: Format, results: Result[], color = false): string {
  let text = '';
  const writer = createWriter(format, { write: (chunk) => (text += chunk) }, { color });
  for (const r of results) writer.write(r);
  writer.end();
  return text;
}

const visible = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;

describe('json and jsonl writers', () => {
  it.each([0, 1, 3])('json: %i results make one parseable array', (n) => {
    const results = Array.from({ length: n }, (_, i) => (i === 1 ? failure : doc));
    expect(JSON.parse(written('json', results))).toEqual(results);
  });

  it('json: each result is written as soon as it is given', () => {
    let text = '';
    const writer = createWriter('json', { write: (chunk) => (text += chunk) }, { color: false });
    writer.write(failure);
    expect(text).toContain('"ENOENT"');
    writer.end();
    expect(text.endsWith(']\n')).toBe(true);
  });

  it('jsonl: one result per line, nothing else', () => {
    const text = written('jsonl', [doc, failure, doc]);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual([doc, failure, doc]);
    expect(written('jsonl', [])).toBe('');
  });
});

describe('pretty', () => {
  it.each([false, true])('fits 80 columns (colour: %s)', (color) => {
    const text = written('pretty', [doc, failure], color);
    for (const line of text.split('\n')) expect(visible(line)).toBeLessThanOrEqual(80);
    expect(text.includes('\x1b[')).toBe(color);
  });

  it('shows the title, byline, published date and file:line of each claim', () => {
    const text = formatPretty(doc, { color: false });
    expect(text.split('\n')[0]).toMatch(/^Gunmen kill at least 14/);
    expect(text).toContain('by Jane Roe');
    expect(text).toContain('published 2025-03-04');
    for (const claim of doc.claims) expect(text).toContain(`${doc.source.path}:${claim.span.line}`);
  });

  it('shows an error record as one line naming the file and reason', () => {
    expect(formatPretty(failure, { color: false })).toBe('✗ missing.txt: ENOENT no such file or directory');
  });

  it.each<[string, number, string]>([
    ['short text', 20, 'short text'],
    ['  spaced \n\t out  ', 20, 'spaced out'],
    ['abcdefghij', 5, 'abcd…'],
    ['😀😀😀😀😀😀', 4, '😀😀😀…'],
  ])('fit(%j, %i) = %j', (text, width, expected) => {
    expect(fit(text, width)).toBe(expected);
  });

  it.each<[number | null, number | null, boolean, string]>([
    [23, 23, false, '23'],
    [100, 100, true, '~100'],
    [20, 25, false, '20–25'],
    [201, null, false, '≥201'],
    [null, 25, false, '≤25'],
    [null, null, false, '?'],
  ])('formatBounds(%j, %j, %j) = %j', (low, high, approximate, expected) => {
    expect(formatBounds(low, high, approximate)).toBe(expected);
  });
});
