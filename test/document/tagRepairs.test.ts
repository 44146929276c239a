import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';
import { extract } from '../../src/index.js';

const tagsOf = (text: string, word: string, tagger: 'fast' | 'full' = 'fast') =>
  new Document(text, { tagger }).tokens.find((t) => t.text === word)?.tags ?? new Set<string>();

describe('tag repairs after the fast tagger', () => {
  it.each<[string, string]>([
    ['The bridge collapsed at dawn, the transport ministry said.', 'transport'],
    ['Its defence chief resigned on Monday.', 'defence'],
    ['A new water point opened in the camp.', 'water'],
  ])('a noun modifier between a determiner and a noun is a noun: %j (%s)', (text, word) => {
    const tags = tagsOf(text, word);
    expect(tags.has('Noun')).toBe(true);
    expect(tags.has('Verb')).toBe(false);
  });

  it.each<[string, string]>([
    ['They transport the wounded to Goma.', 'transport'],
    ['Officials said the militias transport fuel at night.', 'transport'],
  ])('a verb after a subject stays a verb: %j (%s)', (text, word) => {
    expect(tagsOf(text, word).has('Verb')).toBe(true);
  });

  it.each([
    'Elections were held in May.',
    'On 4 May, drones struck the depot.',
    'Since May 2024 the siege has tightened.',
  ])('"May" after a word or before a number is the month: %j', (text) => {
    const tags = tagsOf(text, 'May');
    expect(tags.has('Month')).toBe(true);
    expect(tags.has('Modal')).toBe(false);
  });

  it.each<[string, string]>([
    ['Fighters overran the base on Monday.', 'overran'],
    ['The death toll rose to 40 overnight.', 'rose'],
    ['The town withstood the siege for a month.', 'withstood'],
  ])('an irregular past form after a subject is a past-tense verb, with either tagger: %j', (text, word) => {
    for (const tagger of ['fast', 'full'] as const) {
      const tags = tagsOf(text, word, tagger);
      expect(tags.has('PastTense')).toBe(true);
      expect(tags.has('Noun')).toBe(false);
    }
  });

  it.each([
    ['She laid a red rose on the grave.', 'rose'],
    ['The rose garden was shelled.', 'rose'],
  ])('the same word after a determiner or adjective stays a noun: %j', (text, word) => {
    expect(tagsOf(text, word).has('Verb')).toBe(false);
  });

  it('"may" in lower case stays a modal', () => {
    expect(tagsOf('The talks may resume on Monday.', 'may').has('Modal')).toBe(true);
  });
});

describe('the fast and the full tagger give the same extraction', () => {
  const texts: Array<[string, string]> = [
    ...fs.readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, fs.readFileSync(path.join('fixtures', f), 'utf8')]),
    ['hedges and months', 'Talks may resume in May, officials said on Tuesday. On 4 May, the army said it had killed 12 fighters.'],
    ['noun modifiers as speakers', 'The bridge collapsed on Monday, the transport ministry said. “We are searching,” the health ministry spokesman told AFP.'],
  ];
  it.each(texts)('%s', (_name, text) => {
    const options = { referenceDate: '2025-05-15' };
    expect(extract(text, { ...options, tagger: 'fast' })).toEqual(extract(text, { ...options, tagger: 'full' }));
  });
});
