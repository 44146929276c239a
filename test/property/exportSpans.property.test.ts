// Spans of export articles are exact in the export file: for random articles with
// astral characters and any line breaks, laid out as Nexis and Factiva exports, every
// span's text is the file's code-point slice at its offsets, on its line and column.
// Expected positions are computed here by walking the file, independently of LineIndex.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { allSpans, type DocumentResult } from '../../src/schema/result.js';
import { resultsOf } from '../input/dumpHelpers.js';

const sentences = [
  'Officials said at least 12 people were killed on Tuesday.',
  '“We will rebuild,” said Mayor Ana Ruiz 😀 in Kabul.',
  'The 𝒳 agency reported 300 arrests in October 2024.',
  'Rescuers found 4 survivors, the police said.',
  'TD lines inside a sentence stay text.',
];

const article = fc.record({
  paragraphs: fc.array(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});

function nexisExport(articles: Array<{ paragraphs: string[][]; eol: string }>): string {
  return articles
    .map(({ paragraphs, eol }, i) =>
      [`Title ${i + 1} 😀`, '', 'The Courier', 'May 2, 2025 Friday', '', 'Byline: Jo Lee', 'Length: 40 words', '', 'Body', '', ...paragraphs.flatMap((p) => [p.join(' '), '']), 'Load-Date: May 3, 2025', '', 'End of Document', '']
        .join(eol))
    .join('\n');
}

function factivaExport(articles: Array<{ paragraphs: string[][]; eol: string }>): string {
  return articles
    .map(({ paragraphs, eol }, i) => {
      const [lead, ...rest] = paragraphs.map((p) => p.join(' '));
      return [`HD Title ${i + 1} 😀`, 'PD 2 May 2025', 'SN The Courier', `LP ${lead}`, ...(rest.length ? [`TD  ${rest.join(eol + eol)}`] : []), `AN Document C${i}`, ''].join(eol);
    })
    .join('\n');
}

function positions(text: string): Array<{ line: number; column: number }> {
  const points = [...text];
  const out: Array<{ line: number; column: number }> = [];
  let [line, column] = [1, 1];
  points.forEach((ch, i) => {
    out.push({ line, column });
    if (ch === '\n' || (ch === '\r' && points[i + 1] !== '\n')) [line, column] = [line + 1, 1];
    else column++;
  });
  return out;
}

describe('export spans (property)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-export-prop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['nexis', nexisExport],
    ['factiva', factivaExport],
  ] as const)('%s: every span is the export file slice at its offsets, line and column', async (format, layout) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 3 }), async (articles) => {
        const file = path.join(dir, `${format}-${run++}.txt`);
        const text = layout(articles);
        fs.writeFileSync(file, text);
        const results = await resultsOf(file, format);
        expect(results).toHaveLength(articles.length);
        const points = [...text];
        const at = positions(text);
        for (const result of results as DocumentResult[]) {
          expect(result.warnings).toEqual([]);
          for (const span of allSpans(result)) {
            expect(points.slice(span.start, span.end).join('')).toBe(span.text);
            expect({ line: span.line, column: span.column }).toEqual(at[span.start]);
            expect({ line: span.endLine, column: span.endColumn }).toEqual(at[span.end - 1]);
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
