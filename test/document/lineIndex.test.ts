import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/lineIndex.js';
import { makeSpan } from '../../src/document/span.js';

describe('LineIndex', () => {
  it.each([
    ['a\nb\nc', 2, { line: 2, column: 1 }],
    ['a\r\nb\r\nc', 3, { line: 2, column: 1 }],
    ['a\rb\rc', 4, { line: 3, column: 1 }],
    ['😀x\ny', 2, { line: 1, column: 2 }],
    ['ab\n😀😀z', 7, { line: 2, column: 3 }],
  ])('position in %j at %i', (text, offset, expected) => {
    expect(new LineIndex(text).position(offset)).toEqual(expected);
  });

  it('converts code units to code points and back', () => {
    const index = new LineIndex('a😀b😀c');
    expect([0, 1, 3, 4, 6].map((u) => index.toCodePoint(u))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((c) => index.fromCodePoint(c))).toEqual([0, 1, 3, 4, 6]);
  });

  it('counts lines without an empty last line after a final break', () => {
    expect(new LineIndex('a\nb\n').lineCount).toBe(2);
    expect(new LineIndex('a\r\nb').lineCount).toBe(2);
    expect(new LineIndex('a\rb\r').lineCount).toBe(2);
    expect(new LineIndex('a\n\n').lineCount).toBe(2);
    expect(new LineIndex('\n').lineCount).toBe(1);
    expect(new LineIndex('x').lineCount).toBe(1);
  });

  it('gives an empty text no lines', () => {
    expect(new LineIndex('').lineCount).toBe(0);
  });

  it('builds a span whose text is the code-point slice', () => {
    const text = 'x😀\r\nPakistan said';
    const index = new LineIndex(text);
    const start = text.indexOf('Pakistan');
    const span = makeSpan(index, start, start + 8);
    expect(span).toMatchObject({ text: 'Pakistan', line: 2, column: 1, endLine: 2, endColumn: 8 });
    expect([...text].slice(span.start, span.end).join('')).toBe('Pakistan');
  });

  it('finds the range of each line without its break, for every line ending', () => {
    const text = 'ab\r\ncd\ref\n\ngh';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((l) => text.slice(...index.lineRange(l)))).toEqual(['ab', 'cd', 'ef', '', 'gh']);
    expect(index.lineRange(6)).toEqual([text.length, text.length]);
  });

  it('puts a line break on the line it ends', () => {
    const index = new LineIndex('ab\r\ncd');
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 1, column: 4 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 2, column: 3 });
  });

  it('counts an unpaired surrogate as one code point, as [...text] does', () => {
    const text = 'a\ud800b\udc00c😀d';
    const index = new LineIndex(text);
    for (let u = 0; u <= text.length; u++) {
      if (u > 0 && text.charCodeAt(u - 1) === 0xd83d) continue; // inside the pair
      expect(index.toCodePoint(u)).toBe([...text.slice(0, u)].length);
      expect(index.fromCodePoint(index.toCodePoint(u))).toBe(u);
    }
  });

  it('round-trips code points over many astral characters', () => {
    const text = '😀a🎉\n'.repeat(500);
    const index = new LineIndex(text);
    const points = [...text];
    let utf16 = 0;
    points.forEach((ch, cp) => {
      expect(index.fromCodePoint(cp)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(cp);
      utf16 += ch.length;
    });
    expect(index.lineCount).toBe(500);
    expect(index.position(text.lastIndexOf('🎉'))).toEqual({ line: 500, column: 3 });
  });
});

describe('makeSpan', () => {
  const text = 'a😀b\r\n\r\nc🎉';
  const index = new LineIndex(text);

  it.each<[string, number, number, object]>([
    ['an astral character', 1, 3, { start: 1, end: 2, line: 1, column: 2, endLine: 1, endColumn: 2, text: '😀' }],
    ['a span ending on an astral character', 8, 11, { start: 7, end: 9, line: 3, column: 1, endLine: 3, endColumn: 2, text: 'c🎉' }],
    ['a span across CRLF lines', 3, 9, { start: 2, end: 8, line: 1, column: 3, endLine: 3, endColumn: 1, text: 'b\r\n\r\nc' }],
    ['an empty span', 4, 4, { start: 3, end: 3, line: 1, column: 4, endLine: 1, endColumn: 4, text: '' }],
    ['the whole text', 0, 11, { start: 0, end: 9, line: 1, column: 1, endLine: 3, endColumn: 2, text }],
  ])('%s', (_name, start, end, expected) => {
    const span = makeSpan(index, start, end);
    expect(span).toEqual(expected);
    expect([...text].slice(span.start, span.end).join('')).toBe(span.text);
  });

  it.each([
    [-1, 2],
    [0, 12],
    [5, 4],
  ])('refuses [%i, %i) outside the text', (start, end) => {
    expect(() => makeSpan(index, start, end)).toThrow(RangeError);
  });
});


describe('LineIndex with a base (an article cut from a larger file)', () => {
  it('gives spans the file offsets and lines, and maps file offsets back', () => {
    const file = 'HEADER 😀\nTitle\nBody line one.\n😀 Body two.';
    const from = file.indexOf('Body line');
    const text = file.slice(from);
    const index = new LineIndex(text, { offset: [...file.slice(0, from)].length, line: 3 });
    const start = text.indexOf('Body two');
    const span = makeSpan(index, start, start + 'Body two'.length);
    expect(span).toMatchObject({ line: 4, column: 3, endLine: 4, text: 'Body two' });
    expect([...file].slice(span.start, span.end).join('')).toBe('Body two');
    expect(index.fromCodePoint(span.start)).toBe(start);
    expect(index.lineOf(start)).toBe(2);
    expect(index.fileLine(2)).toBe(4);
  });
});
