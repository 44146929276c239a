// Every data list loads, is not empty and has no duplicates; codes are real ISO codes.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import capitals from '../../../src/extract/actors/data/capitals.json' with { type: 'json' };
import countryExtras from '../../../src/extract/actors/data/countryExtras.json' with { type: 'json' };
import demonyms from '../../../src/extract/actors/data/demonyms.json' with { type: 'json' };
import groups from '../../../src/extract/actors/data/groups.json' with { type: 'json' };
import { MEDIA_OUTLETS as media } from '../../../src/lexicon/index.js';
import organizations from '../../../src/extract/actors/data/organizations.json' with { type: 'json' };
import { fold, LISTS } from '../../../src/extract/actors/lexicon.js';

// Short names in capitals ("WAFA", "NATO") are matched exactly, so "Wafa" and "Nato" are other names.
const key = (x: string) => (x.replace(/[^\p{L}]/gu, '').length <= 4 && x === x.toUpperCase() ? x : fold(x));
const duplicates = (xs: string[]) => xs.map(key).filter((x, i, all) => all.indexOf(x) !== i);

describe('word lists', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name} loads, is not empty and has no duplicates`, () => {
      expect(list.length).toBeGreaterThan(3);
      expect(duplicates(list as string[])).toEqual([]);
    });
  }
});

describe('actor lists', () => {
  for (const [name, list] of Object.entries({ groups, media, organizations })) {
    it(`${name}: every name and alias belongs to one entry, countries are ISO alpha-2`, () => {
      expect(list.length).toBeGreaterThan(10);
      const all = list.flatMap((e) => [e.name, ...e.aliases]);
      expect(duplicates(all)).toEqual([]);
      for (const e of list) if (e.country) expect(countries.isValid(e.country), `${e.name} ${e.country}`).toBe(true);
    });
  }
  it('no name is listed in two lists', () => {
    const all = [groups, media, organizations].flatMap((l) => l.flatMap((e) => [e.name, ...e.aliases]));
    expect(duplicates(all)).toEqual([]);
  });
});

describe('country data', () => {
  it('demonyms and capitals map to ISO alpha-2 codes', () => {
    for (const [k, v] of [...Object.entries(demonyms), ...Object.entries(capitals)]) expect(countries.isValid(v), k).toBe(true);
    expect(Object.keys(demonyms).length).toBeGreaterThan(150);
    expect(Object.keys(capitals).length).toBeGreaterThan(150);
    expect(duplicates(Object.keys(demonyms))).toEqual([]);
    expect(duplicates(Object.keys(capitals))).toEqual([]);
  });
  it('extra country names use valid codes', () => {
    for (const code of [...Object.keys(countryExtras.displayNames), ...Object.keys(countryExtras.aliases)]) expect(countries.isValid(code), code).toBe(true);
  });
});

describe('English dictionary', () => {
  it('loads, holds lowercase base forms only, without duplicates', async () => {
    const words = (await import('../../../src/extract/actors/data/englishWords.json', { with: { type: 'json' } })).default as string[];
    expect(words.length).toBeGreaterThan(10000);
    expect(words.every((w) => /^[a-z]{3,}$/.test(w))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});
