// The shared word lists, checked against each other as well as each alone.
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lexicon/index.js';
import { ACTOR_NAME_CUES, REPORTING_VERBS } from '../../src/lexicon/reportingVerbs.js';

/** The words of a list: strings as they are, listed names with their aliases. */
function wordsOf(list: readonly unknown[]): string[] {
  return list.flatMap((e) => (typeof e === 'string' ? [e] : [(e as { name: string }).name, ...((e as { aliases?: string[] }).aliases ?? [])]));
}

const lists = Object.entries(lexicon).filter((entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]) || entry[1] instanceof Set);

describe('each lexicon list', () => {
  it('exports named lists', () => {
    expect(lists.map(([name]) => name)).toEqual(expect.arrayContaining(['MEDIA_OUTLETS', 'TIME_ZONES']));
  });
  for (const [name, list] of lists) {
    it(`${name} is non-empty and has no word twice`, () => {
      // Exact words: a name may be listed in two spellings ("WAFA", "Wafa").
      const words = wordsOf([...list]);
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    });
  }
});

describe('the lists against each other', () => {
  it("every reporting-verb form actors reads is a form of attribution's reporting verbs", () => {
    expect(ACTOR_NAME_CUES.filter((form) => !REPORTING_VERBS.has(form.replace(/:$/, '')))).toEqual([]);
  });
});
