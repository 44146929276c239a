// Every word list is data: each loads, is non-empty and has no duplicates.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import months from '../../src/lexicon/data/months.json' with { type: 'json' };
import abbreviations from '../../src/document/data/abbreviations.json' with { type: 'json' };
import boilerplate from '../../src/document/data/boilerplate.json' with { type: 'json' };
import irregularPastTense from '../../src/document/data/irregularPastTense.json' with { type: 'json' };
import sentenceStarters from '../../src/document/data/sentenceStarters.json' with { type: 'json' };

const duplicates = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);
const lists: Array<[string, string[]]> = [
  ['abbreviations.json', abbreviations],
  ['boilerplate.json exact', boilerplate.exact],
  ['boilerplate.json prefix', boilerplate.prefix],
  ['boilerplate.json navigationWords', boilerplate.navigationWords],
  ['boilerplate.json socialPlatforms', boilerplate.socialPlatforms],
  ['boilerplate.json listHeaders', boilerplate.listHeaders],
  ['boilerplate.json commentHeaders', boilerplate.commentHeaders],
  ['boilerplate.json photoCredits', boilerplate.photoCredits],
  ['sentenceStarters.json', sentenceStarters],
  ['irregularPastTense.json', irregularPastTense],
];

describe('data lists', () => {
  it.each(lists)('%s is a non-empty list of distinct, trimmed strings', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) {
      expect(typeof item).toBe('string');
      expect(item).toBe(item.trim());
      expect(item).not.toBe('');
    }
    expect(duplicates(list.map((s) => s.toLowerCase()))).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['boilerplate exact', boilerplate.exact],
    ['boilerplate prefix', boilerplate.prefix],
    ['navigation words', boilerplate.navigationWords],
    ['social platforms', boilerplate.socialPlatforms],
    ['sentence starters', sentenceStarters],
    ['irregular past tense forms', irregularPastTense],
  ])('%s are lower case, as they are compared after lower-casing', (_name, list) => {
    for (const item of list) expect(item).toBe(item.toLowerCase());
  });

  it('abbreviations carry no final dot (the dot is the text’s)', () => {
    for (const a of abbreviations) expect(a.endsWith('.')).toBe(false);
  });

  it('months.json maps each name to its month number, with no duplicate key', () => {
    const raw = fs.readFileSync(new URL('../../src/lexicon/data/months.json', import.meta.url), 'utf8');
    const keys = [...raw.matchAll(/"([^"]+)"\s*:/g)].map((m) => m[1]!);
    expect(keys.length).toBe(Object.keys(months).length);
    expect(duplicates(keys)).toEqual([]);
    const byNumber = new Map<number, string[]>();
    for (const [name, n] of Object.entries(months as Record<string, number>)) {
      expect(name).toBe(name.toLowerCase());
      expect(Number.isInteger(n) && n >= 1 && n <= 12).toBe(true);
      byNumber.set(n, [...(byNumber.get(n) ?? []), name]);
    }
    expect([...byNumber.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    full.forEach((name, i) => expect((months as Record<string, number>)[name]).toBe(i + 1));
  });
});
