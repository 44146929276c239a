// Provenance is exact by construction: for random text with astral characters, CRLF,
// lone CR and a BOM, every span's text is the code-point slice at its offsets, and its
// line and column are those of its first and last characters. Expected values are
// computed here independently of LineIndex.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';
import { extract, extractSource } from '../../src/index.js';
import { sourceFromBytes, type Source } from '../../src/input/read.js';
import { allSpans, type DocumentResult, type Span } from '../../src/schema/result.js';

/** Line and column (1-based) of every code point, by walking the text once. */
function positions(points: string[]): Array<{ line: number; column: number }> {
  const out: Array<{ line: number; column: number }> = [];
  let line = 1;
  let column = 1;
  points.forEach((ch, i) => {
    out.push({ line, column });
    const endsLine = ch === '\n' || (ch === '\r' && points[i + 1] !== '\n');
    if (endsLine) {
      line++;
      column = 1;
    } else column++;
  });
  out.push({ line, column }); // the position just after the text
  return out;
}

function expectExact(text: string, span: Span): void {
  const points = [...text];
  const at = positions(points);
  expect(span.text).toBe(points.slice(span.start, span.end).join(''));
  expect({ line: span.line, column: span.column }).toEqual(at[span.start]);
  const last = span.end > span.start ? span.end - 1 : span.start;
  expect({ line: span.endLine, column: span.endColumn }).toEqual(at[last]);
}

const fragments = [
  'Officials said', ' ', ' ', 'at least 12 people were killed', 'on Tuesday', 'October 30, 2025', 'Maj. Gen.', 'Khawaja Asif',
  'the Taliban', 'Pakistan', 'U.S.', '“We will respond,”', ' he said.', '"', '‘', '’', '(Reuters)', ' – ', '.', ',',
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '😀', '𝔸', '🇵🇰', 'e\u0301', '\u00a0', '\t', 'Advertisement\n', 'dozens were wounded',
];
const textArbitrary = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 60 }),
  )
  .map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.join(''));

/** UTF-16 offset of each code-point offset, computed from the code points themselves. */
const utf16Offsets = (points: string[]) => points.reduce<number[]>((acc, ch) => [...acc, acc[acc.length - 1]! + ch.length], [0]);

describe('property: Document.span', () => {
  it('gives the exact code-point slice, lines and columns, for any span of any text', () => {
    fc.assert(
      fc.property(
        textArbitrary.map((t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t)),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const points = [...text];
          const offsets = utf16Offsets(points);
          const start = Math.min(a, b) % (points.length + 1);
          const end = start + (Math.max(a, b) % (points.length + 1 - start));
          const doc = new Document(text);
          const span = doc.span(offsets[start]!, offsets[end]!);
          expect(span.start).toBe(start);
          expect(span.end).toBe(end);
          expectExact(text, span);
          for (const s of doc.sentences) expectExact(text, doc.span(s.start, s.end));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('property: extract()', () => {
  it('returns only exact spans, for every item kind', () => {
    fc.assert(
      fc.property(textArbitrary, (input) => {
        const result = extract(input, { referenceDate: '2025-10-30' });
        const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
        for (const span of allSpans(result)) expectExact(text, span);
        for (const d of result.dates) expect(d.text).toBe(d.span.text);
        for (const q of result.quotes) expect(q.text).toBe(q.span.text);
        for (const k of result.claims) expect(k.text).toBe(k.span.text);
        expect(result.source.lines).toBe(text === '' ? 0 : positions([...text.replace(/(\r\n|\r|\n)$/, '')]).at(-1)!.line);
      }),
      { numRuns: 60 },
    );
  });

  it.each(['dozens ,', 'at least 12 ,', 'dozens killed'])('does not throw on %j (a figure at the end of the text)', (text) => {
    expect(() => extract(text)).not.toThrow();
  });

  it('finds items in a composed article and keeps them exact (the property is not vacuous)', () => {
    const text = '\ufeffGunmen kill 9 in raid 😀\r\n\r\nBy Jane Roe\r\rKABUL (Reuters) – Gunmen killed at least 9 people on Tuesday, police said.\r\n“We will find them,” said Maj. Gen. Ali Shah 🇵🇰.';
    const result = extract(text, { referenceDate: '2025-10-30' });
    const spans = allSpans(result);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expectExact(text.slice(1), span);
  });
});

describe('line-ending and encoding twins', () => {
  const fixture = (name: string): Source => {
    const source = sourceFromBytes(name, fs.readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url)));
    if ('code' in source) throw new Error(`${name}: ${source.message}`);
    return source;
  };
  const lf = extractSource(fixture('article-lf.txt'));
  const where = (r: DocumentResult) => allSpans(r).map((s) => ({ line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, text: s.text.replace(/\r\n?/g, '\n') }));

  it('the LF article has items to compare', () => {
    expect(allSpans(lf).length).toBeGreaterThan(0);
    expect(lf.source.lines).toBe(15);
  });

  it.each(['article-crlf-bom.txt', 'article-cr.txt', 'article-utf16le.txt', 'article-utf16be.txt', 'article-windows1252.txt'])(
    '%s gives the same lines, columns, metadata and skipped lines as its LF twin',
    (name) => {
      const twin = extractSource(fixture(name));
      expect(twin.source.lines).toBe(lf.source.lines);
      expect(twin.metadata).toEqual(lf.metadata);
      expect(twin.skipped).toEqual(lf.skipped);
      expect(where(twin)).toEqual(where(lf));
      const text = fixture(name).text;
      for (const span of allSpans(twin)) expectExact(text, span);
    },
  );
});
