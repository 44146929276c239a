// Years, decades and centuries: "in 2021", "mid-2024", "the 1990s", "the '90s", "the 21st century".
// A four-digit number is a count, not a year, after "about"/"more than" or before "people", "km" …
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { endsClause, found, tokenAfter, twoWordsBefore, wordAfter, wordBefore } from './helpers.js';

const countQualifiers = new Set(lexicon.modifiers.yearCountQualifiers);
const numberedThings = new Set(lexicon.modifiers.numberedThings);
const measureUnits = new Set(lexicon.modifiers.measureUnits);

export const year: Rule = {
  name: 'year',
  pattern: new RegExp(`(?:(?<pos>${patterns.position})[\\s-]{1,3}|(?<=\\d{4}[-–])|(?<![\\w$€£#.,:/'’–-]))(?<year>1[5-9]\\d{2}|20\\d{2})(?![\\w%]|[.,:/]\\d|[-/]\\d{1,2}[-/]|-\\p{L})`, 'giu'),
  normalise(match, ctx) {
    const g = match.groups!;
    const yearStart = match.index + match[0].length - 4;
    if (!g.pos) {
      const before = wordBefore(ctx.text, yearStart);
      if (countQualifiers.has(before) || countQualifiers.has(twoWordsBefore(ctx.text, yearStart)) || numberedThings.has(before)) return null;
    }
    const after = wordAfter(ctx.text, match.index + match[0].length).toLowerCase();
    if (measureUnits.has(after)) return null;
    const value = Number(g.year);
    // "2000 troops": a round number before a plural noun is a count.
    const next = tokenAfter(ctx, match.index + match[0].length);
    if (value % 100 === 0 && next?.tags.has('Plural') && !next.tags.has('Date')) return null;
    return found('DATE', g.year!, 'year');
  },
};

/** "nineteen ninety-six", "the year two thousand": a year in words; "two thousand" alone is a count, so it needs "the year". */
export const spelledYear: Rule = {
  name: 'spelledYear',
  pattern: new RegExp(`\\b(?:(?<prefix>the\\s{1,3}year)\\s{1,3})?(?<year>${patterns.spelledYear})(?![\\w-])`, 'gi'),
  normalise(match, ctx) {
    const g = match.groups!;
    const value = lexicon.spelledYear(g.year!);
    if (value === undefined) return null;
    if (!g.prefix && /^two\b/i.test(g.year!)) return null;
    if (!g.prefix && wordBefore(ctx.text, match.index) === 'at') return null; // "at nineteen hundred" is a clock time
    const end = match.index + match[0].length;
    // "nineteen hundred votes": a round hundred is a year only at the end of its clause.
    if (/hundred$/i.test(g.year!) && !endsClause(ctx.text, end)) return null;
    const next = tokenAfter(ctx, end);
    if (next?.tags.has('Plural') && !next.tags.has('Date')) return null;
    return found('DATE', String(value), 'year');
  },
};

const EDGE = '(?:(?:early|mid|late)[\\s-]{1,3})?';
const DECADE = [
  `(?<![\\w$€£'’])(?:the\\s{1,3})?${EDGE}(?<d4>1\\d{2}0|20\\d0)s`,
  `\\bthe\\s{1,3}${EDGE}(?:['’]?(?<d2>\\d0)s|(?:nineteen[\\s-])?(?<word>${patterns.decadeWord}))`,
  `(?<![\\w'’])${EDGE}['’](?<d2q>\\d0)s`,
].join('|');

export const decade: Rule = {
  name: 'decade',
  pattern: new RegExp(`(?:${DECADE})(?![\\w'’])`, 'gi'),
  normalise(match) {
    const g = match.groups!;
    if (g.d4) {
      // "the 1800s" is a century; "the 2000s" a decade.
      const value = g.d4.endsWith('00') && Number(g.d4) < 2000 ? g.d4.slice(0, 2) : g.d4.slice(0, 3);
      return found('DATE', value, 'other');
    }
    const two = g.d2 ?? g.d2q;
    if (two) return found('DATE', `${Number(two) >= 30 ? '19' : '20'}${two[0]}`, 'other');
    const n = lexicon.decade(g.word!);
    return n === undefined ? null : found('DATE', `19${n}`, 'other');
  },
};

export const century: Rule = {
  name: 'century',
  pattern: new RegExp(`\\b(?:the\\s{1,3})?(?:(?:early|mid|late)[\\s-]{1,3})?(?<ord>${patterns.ordinal})[\\s-]{1,3}century\\b`, 'gi'),
  normalise(match) {
    const n = lexicon.ordinal(match.groups!.ord!);
    if (!n || n > 22) return null;
    return found('DATE', String(n - 1).padStart(2, '0'), 'other');
  },
};
