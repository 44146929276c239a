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
    expect(new LineIndex('').lineCount).toBe(1);
  });

  it('builds a span whose text is the code-point slice', () => {
    const text = 'x😀\r\nPakistan said';
    const index = new LineIndex(text);
    const start = text.indexOf('Pakistan');
    const span = makeSpan(index, start, start + 8);
    expect(span).toMatchObject({ text: 'Pakistan', line: 2, column: 1, endLine: 2, endColumn: 8 });
    expect([...text].slice(span.start, span.end).join('')).toBe('Pakistan');
  });
});
