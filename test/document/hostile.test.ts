// Hostile input must stay linear. No timing here: each case took 30 s to minutes with
// the quadratic or cubic code it guards against, so a regression shows as a timeout.
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../src/document/boilerplate.js';
import { Document } from '../../src/document/index.js';
import { readMetadata } from '../../src/document/metadata.js';

describe('hostile input', () => {
  it.each<[string, string]>([
    ['a long run of dots', '.'.repeat(100_000) + 'x'],
    ['a long run of question marks', 'Stop' + '?'.repeat(100_000) + 'x'],
    ['boilerplate with a long run of exclamation marks', 'Advertisement' + '!'.repeat(100_000) + 'x'],
    ['a capitalised word then many spaces (dateline)', 'KABUL' + ' '.repeat(100_000) + 'x'],
    ['a million quote marks', '“'.repeat(1_000_000)],
    ['100,000 × "more than"', 'more than '.repeat(100_000)],
    ['many initials', 'A. '.repeat(100_000)],
  ])('%s', (_name, text) => {
    const doc = new Document(text);
    expect(doc.sentences.length).toBeGreaterThan(0);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('a run of terminals is one sentence end, and its closing quotes count once', () => {
    const doc = new Document('He shouted “Stop?!?!” Then he ran. She stayed.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['He shouted “Stop?!?!”', 'Then he ran.', 'She stayed.']);
  });

  it('boilerplate and metadata read one enormous line quickly and correctly', () => {
    const line = 'Advertisement' + '.'.repeat(200_000);
    expect(boilerplateReason(line)).toBe('boilerplate: advertisement');
    expect(readMetadata([{ line: 1, text: 'KABUL' + ' '.repeat(200_000) + '- x' }]).dateline).toBeNull();
  });
});
