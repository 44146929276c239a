import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';

const paragraphsOf = (text: string) => {
  const doc = new Document(text);
  return doc.paragraphs.map((p) => ({ lines: [p.firstLine, p.lastLine], text: text.slice(p.start, p.end) }));
};

describe('paragraphs', () => {
  it('are separated by blank lines when the file has them', () => {
    expect(paragraphsOf('Headline here\n\nFirst line\nstill first.\nSame paragraph.\n\n\nLast one.')).toEqual([
      { lines: [1, 1], text: 'Headline here' },
      { lines: [3, 5], text: 'First line\nstill first.\nSame paragraph.' },
      { lines: [8, 8], text: 'Last one.' },
    ]);
  });

  it('count whitespace-only lines as blank', () => {
    expect(paragraphsOf('One.\n \t \nTwo.').map((p) => p.lines)).toEqual([[1, 1], [3, 3]]);
  });

  it('are one per line when the file has no blank lines', () => {
    expect(paragraphsOf('Headline here\nFirst paragraph.\nSecond paragraph.')).toEqual([
      { lines: [1, 1], text: 'Headline here' },
      { lines: [2, 2], text: 'First paragraph.' },
      { lines: [3, 3], text: 'Second paragraph.' },
    ]);
  });

  it('keep hard-wrapped prose together in a file without blank lines', () => {
    expect(paragraphsOf('Headline here\nThe shelling\ncontinued all night.\nNext paragraph.').map((p) => p.lines)).toEqual([[1, 1], [2, 3], [4, 4]]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('work the same with %s line endings', (_name, eol) => {
    const lf = 'Headline here\n\nFirst line\nstill first.\n\nLast one.';
    const other = lf.replace(/\n/g, eol);
    const expected = paragraphsOf(lf).map((p) => ({ lines: p.lines, text: p.text.replace(/\n/g, eol) }));
    expect(paragraphsOf(other)).toEqual(expected);
  });

  it('are broken by skipped lines, which belong to none', () => {
    expect(paragraphsOf('First paragraph.\nAdvertisement\nSecond paragraph.\n\nThird.').map((p) => p.lines)).toEqual([[1, 1], [3, 3], [5, 5]]);
  });

  it('are numbered in order', () => {
    expect(new Document('a.\n\nb.\n\nc.').paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('are empty for an empty or blank text', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf('\n\n  \n')).toEqual([]);
  });
});
