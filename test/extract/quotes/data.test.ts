import { describe, expect, it } from 'vitest';
import figureWords from '../../../src/extract/quotes/data/figure-words.json' with { type: 'json' };
import namingVerbs from '../../../src/extract/quotes/data/naming-verbs.json' with { type: 'json' };
import { REPORTING_VERBS } from '../../../src/extract/attribution/lexicon.js';

describe('quotes word lists', () => {
  it('naming verbs load, have no duplicates and are all reporting verbs', () => {
    const verbs = namingVerbs.verbs;
    expect(verbs.length).toBeGreaterThan(0);
    expect(new Set(verbs).size).toBe(verbs.length);
    const lemmas = new Set(REPORTING_VERBS.values());
    expect(verbs.filter((v) => !lemmas.has(v))).toEqual([]);
  });

  it('figure words load, have no duplicates and are single lower-case words', () => {
    const words = figureWords.words;
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => !/^\p{Ll}+$/u.test(w))).toEqual([]);
  });
});
