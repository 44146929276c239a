import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';
import { cutPoint } from '../../src/document/tokens.js';

describe('parsing a huge document in parts', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} 😀: officials said ${i} people fled.`);
  const text = paragraphs.join('\n\n');

  it('cuts at paragraph boundaries and keeps token offsets exact', () => {
    const doc = new Document(text, { maxParseChars: 300 });
    const whole = new Document(text);
    expect(doc.tokens.map((t) => [t.start, t.end, t.text])).toEqual(whole.tokens.map((t) => [t.start, t.end, t.text]));
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.warnings.map((w) => w.code)).toEqual(['SPLIT']);
    expect(doc.nlp).toBeNull();
    expect(whole.warnings).toEqual([]);
  });

  it.each([
    ['aaaa\n\nbbbb cccc', 0, 10, 6],
    ['aaaa bbbb cccc dddd', 0, 12, 10],
    ['x'.repeat(50), 0, 20, 20],
    ['x'.repeat(19) + '😀' + 'x', 0, 20, 19],
  ])('cutPoint(%j, %i, %i) = %i', (t, from, limit, expected) => {
    expect(cutPoint(t, from, limit)).toBe(expected);
  });
});
