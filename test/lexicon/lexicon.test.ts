// The shared word lists, checked against each other as well as each alone.
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lexicon/index.js';
import { AMBIGUOUS_KIND_NOUNS, DESCRIPTOR_NOUNS, NAME_HEADS, PLACE_NOUNS_AFTER_NAME } from '../../src/lexicon/kindNouns.js';
import { MONTH_AND_DAY_WORDS, MONTH_NUMBERS, WEEKDAY_ABBREVIATION_NUMBERS, WEEKDAY_NUMBERS } from '../../src/lexicon/calendarWords.js';
import * as names from '../../src/lexicon/names.js';
import { ACTOR_NAME_CUES, REPORTING_VERBS } from '../../src/lexicon/reportingVerbs.js';

/** The words of a list: strings as they are, listed names with their aliases. */
function wordsOf(list: readonly unknown[]): string[] {
  return list.flatMap((e) => (typeof e === 'string' ? [e] : [(e as { name: string }).name, ...((e as { aliases?: string[] }).aliases ?? [])]));
}

const lists = Object.entries({ ...lexicon, ...names }).filter((entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]) || entry[1] instanceof Set);

describe('each lexicon list', () => {
  it('exports named lists', () => {
    expect(lists.map(([name]) => name)).toEqual(expect.arrayContaining(['MEDIA_OUTLETS', 'TIME_ZONES', 'NAME_PARTICLES', 'TITLES', 'HONORIFICS']));
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
  it('a word a reader leaves out is a word of the list it leaves it out of', () => {
    const listed: Record<string, readonly string[]> = { particles: names.NAME_PARTICLES, innerWords: names.NAME_INNER_WORDS, titles: names.TITLES, honorifics: names.HONORIFICS };
    for (const [reader, leftOut] of Object.entries(names.NOT_READ_BY)) {
      for (const [list, words] of Object.entries(leftOut as Record<string, string[]>)) {
        expect(listed[list], `${reader}.${list}`).toBeDefined();
        expect(words.filter((w) => !listed[list]!.includes(w)), `${reader}.${list}`).toEqual([]);
      }
    }
  });
  it('a kind-giving noun has one kind wherever it is read, unless declared ambiguous with exactly those kinds', () => {
    const kinds = new Map<string, Set<string>>();
    const note = (word: string, kind: string) => kinds.set(word.toLowerCase(), (kinds.get(word.toLowerCase()) ?? new Set()).add(kind));
    for (const lists of [NAME_HEADS, DESCRIPTOR_NOUNS]) for (const [kind, words] of Object.entries(lists)) for (const w of words) note(w, kind);
    for (const w of PLACE_NOUNS_AFTER_NAME) note(w, 'place');
    const undeclared = [...kinds].filter(([w, k]) => k.size > 1 && AMBIGUOUS_KIND_NOUNS[w]?.kinds.slice().sort().join() !== [...k].sort().join());
    expect(undeclared.map(([w, k]) => `${w}: ${[...k].join(', ')}`)).toEqual([]);
    const needless = Object.keys(AMBIGUOUS_KIND_NOUNS).filter((w) => (kinds.get(w)?.size ?? 0) < 2);
    expect(needless).toEqual([]);
    expect(AMBIGUOUS_KIND_NOUNS.hospital?.kinds).toEqual(['organization', 'place']);
  });
  it('months and weekdays: every month and weekday has a name; month-and-day words leave out only "may"', () => {
    expect(new Set(Object.values(MONTH_NUMBERS))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(Object.values(WEEKDAY_NUMBERS))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(new Set(Object.values(WEEKDAY_ABBREVIATION_NUMBERS))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    const all = [...Object.keys(MONTH_NUMBERS), ...Object.keys(WEEKDAY_NUMBERS)];
    expect(all.filter((w) => !MONTH_AND_DAY_WORDS.includes(w))).toEqual(['may']);
  });
  it('no word is both an honorific and a title', () => {
    expect(names.HONORIFICS.filter((w) => names.TITLES.includes(w))).toEqual([]);
  });
  it('every reader reads most of each list it uses (a reader leaving out most of a list reads another list)', () => {
    expect(names.ACTOR_NAME_PARTICLES.length).toBeGreaterThan(names.NAME_PARTICLES.length / 2);
    expect(names.ATTRIBUTION_NAME_PARTICLES.length).toBeGreaterThan(names.NAME_PARTICLES.length / 2);
    expect(names.ACTOR_TITLE_HEADS.length).toBeGreaterThan(names.TITLES.length / 2);
  });
  it("every reporting-verb form actors reads is a form of attribution's reporting verbs", () => {
    expect(ACTOR_NAME_CUES.filter((form) => !REPORTING_VERBS.has(form.replace(/:$/, '')))).toEqual([]);
  });
});
