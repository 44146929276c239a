import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { longestLine, parse, tag } from '../../src/document/tokens.js';

describe('the shared parse', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['ab\ncdef\r\ng', 4],
    ['abcdef\rxy', 6],
  ])('longestLine(%j) = %i', (text, expected) => {
    expect(longestLine(text)).toBe(expected);
  });

  it('parses an ordinary article whole, with the shared view', () => {
    const parsed = parse('Rebels took the airport.\n\nThe army said it would retake it on Monday.');
    expect(parsed.parts).toBe(1);
    expect(parsed.view).not.toBeNull();
  });

  it('parses a run-on line in parts, with exact offsets and no warning', () => {
    const text = 'Title of the story\n\n' + 'Officials said 3 people were killed on Tuesday. '.repeat(300);
    const doc = new Document(text);
    const parsed = parse(text);
    expect(parsed.parts).toBeGreaterThan(1);
    expect(doc.tokens.length).toBe(parsed.tokens.length);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.filter((t) => t.normal === 'killed')).toHaveLength(300);
    expect(doc.warnings).toEqual([]);
  });

  it('tokens never fall on skipped lines and keep their order', () => {
    const text = 'Title of the story\nAdvertisement\nThe army said 4 soldiers died.';
    const doc = new Document(text);
    expect(doc.tokens.map((t) => t.text)).not.toContain('Advertisement');
    const starts = doc.tokens.map((t) => t.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(doc.tokens.map((t) => t.index)).toEqual(doc.tokens.map((_, i) => i));
    const died = doc.tokensIn(text.indexOf('The army'), text.length).map((t) => t.text);
    expect(died).toEqual(['The', 'army', 'said', '4', 'soldiers', 'died']);
  });

  it('keeps every word after a long run of blanked boilerplate', () => {
    const text = 'Title of the story\n' + 'Advertisement\nShare this article\n'.repeat(10) + 'The army said 4 soldiers died.';
    const words = new Document(text).tokens.map((t) => t.text);
    expect(words).toEqual(['Title', 'of', 'the', 'story', 'The', 'army', 'said', '4', 'soldiers', 'died']);
  });
});

describe('tag: the full tagger is compromise without the phrase chunks', () => {
  const signature = (view: ReturnType<typeof tag>) =>
    (view as unknown as { document: Array<Array<{ text: string; tags: Set<string> }>> }).document.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`));

  it.each([
    ...fs.readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('fixtures', f), 'utf8')),
    "They'd've gone, wouldn't they? We can't say, the Interior Minister told Reuters on Monday.",
    'Gunmen killed 14 people, including three children, in Zamfara State late on Sunday, police said.',
    '"We will not negotiate," Gov. Aminu Kanoma said. Dr. Ruth Mensah, 63, said it was over.',
  ])('gives the same tags as nlp(text) (%#)', (text) => {
    expect(signature(tag(text, 'full'))).toEqual(signature(nlp(text)));
  });
});
