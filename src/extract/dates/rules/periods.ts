// Parts of a year: quarters ("the fourth quarter", "Q3 2024"), halves ("the first half of 2024")
// and seasons ("summer", "last winter", "the spring of 2023").
import { lexicon, patterns } from '../lexicon.js';
import type { Direction, Rule, SentenceContext } from '../types.js';
import { atSentenceStart, found, isCapitalized, rawWordBefore, type Found } from './helpers.js';

const YEAR_STEP: Record<string, number> = { this: 0, last: -1, next: 1, the: 0 };
const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const quarter: Rule = {
  name: 'quarter',
  pattern: /\b(?:(?<det>the|its|their)\s{1,3})?(?:(?<ago>year-ago|year-earlier)\s{1,3}|(?<yearBefore>1\d{3}|20\d{2})\s{1,3}|(?<relBefore>this|last|next)\s{1,3}year['’]s\s{1,3})?(?:fiscal[\s-]{1,3})?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?<sep>\s{1,3}|-)(?<unit>quarter|half)(?:\s{1,3}of\s{1,3}(?:(?<year>1\d{3}|20\d{2})|(?<rel>this|last|next|the)\s{1,3}year))?\b/gi,
  normalise(match, ctx) {
    const result = quarterOrHalf(match, ctx);
    // "its third-quarter profit": the article belongs to the noun, not to the time.
    if (!result || !match.groups!.det || match.groups!.sep !== '-') return result;
    return { ...result, start: match.index + /^\S+\s+/.exec(match[0])![0].length };
  },
};

function quarterOrHalf(match: RegExpExecArray, ctx: SentenceContext): Found | null {
  const g = match.groups!;
  const n = ORDINAL_QUARTERS[g.ord!.toLowerCase()]!;
  const half = g.unit!.toLowerCase() === 'half';
  const adjective = g.sep === '-'; // "fourth-quarter profit"
  if (half && (n > 2 || (!g.year && !g.rel && !g.yearBefore && !g.relBefore && !adjective))) return null; // "the first half" of a match
  // "a third quarter of the land" is a fraction; "the (seasonally slow) third quarter" a period.
  if (!half && !g.year && !g.rel && !adjective && !g.det && (/^\s{1,3}of\b/i.test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 5)) || /\b(?:a|one|two|three)\s{1,3}$/i.test(ctx.text.slice(Math.max(0, match.index - 6), match.index)))) return null;
  const code = half ? `H${n}` : `Q${n}`;
  const year = g.year ?? g.yearBefore; // "the first half of 2024", "the 1988 second quarter"
  const rel = g.rel ?? g.relBefore; // "the fourth quarter of this year", "next year's first quarter"
  if (year) return found('DATE', `${year}-${code}`, 'other');
  if (!ctx.reference) return found('DATE', `XXXX-${code}`, 'other');
  if (rel) return found('DATE', `${ctx.reference.year + YEAR_STEP[rel.toLowerCase()]!}-${code}`, 'other', true);
  // Without a year the quarter or half is the one the tense points to.
  const current = half ? Math.ceil(ctx.reference.month / 6) : Math.ceil(ctx.reference.month / 3);
  const direction = ctx.directionAt(match.index, match.index + match[0].length);
  let resolvedYear = ctx.reference.year;
  if (direction === 'past' && n > current) resolvedYear -= 1;
  if (direction === 'future' && n < current) resolvedYear += 1;
  if (g.ago) resolvedYear -= 1; // "the year-ago third quarter"
  return found('DATE', `${resolvedYear}-${code}`, 'other', true);
}

export const quarterCode: Rule = {
  name: 'quarterCode',
  pattern: /\b(?<code>[QH][1-4])(?:\s{1,3}(?<year>1\d{3}|20\d{2}))?\b/g,
  normalise(match, ctx) {
    const g = match.groups!;
    if (g.code!.startsWith('H') && Number(g.code![1]) > 2) return null;
    if (g.year) return found('DATE', `${g.year}-${g.code}`, 'other');
    if (!ctx.reference) return found('DATE', `XXXX-${g.code}`, 'other');
    return found('DATE', `${ctx.reference.year}-${g.code}`, 'other', true);
  },
};

/** First and last month of each season (winter runs over the new year). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };
const SEASON_CONTEXT = new Set(['in', 'during', 'over', 'since', 'until', 'by', 'through', 'throughout', 'before', 'after', 'this', 'last', 'next', 'early', 'late', 'mid', 'the', 'that', 'of', 'from']);

const FALL_PREPOSITIONS = new Set(['in', 'into', 'during', 'through', 'until', 'by', 'over', 'since', 'before', 'after']);

function seasonYear(referenceYear: number, referenceMonth: number, code: string, direction: Direction): number {
  const [first, last] = SEASON_MONTHS[code]!;
  const started = code === 'WI' ? referenceMonth >= 12 || referenceMonth <= last : referenceMonth >= first;
  const ended = code !== 'WI' && referenceMonth > last;
  const base = code === 'WI' && referenceMonth <= last ? referenceYear - 1 : referenceYear;
  if (direction === 'past') return started || ended ? base : base - 1;
  if (direction === 'future') return ended ? base + 1 : base;
  return base;
}

export const season: Rule = {
  name: 'season',
  pattern: new RegExp(`\\b(?:(?<rel>this\\s{1,3}past|this\\s{1,3}coming|this|last|next|early|late|mid|the)[\\s-]{1,3})?(?<season>${patterns.season})(?:\\s{1,3}of\\s{1,3}(?:(?<year>1\\d{3}|20\\d{2})|(?<spelled>${patterns.spelledYear}))|\\s{1,3}(?<year2>1\\d{3}|20\\d{2}))?(?![\\w'’-])`, 'gi'),
  normalise(match, ctx) {
    const g = match.groups!;
    const word = g.season!.toLowerCase();
    const code = lexicon.season(word)!;
    const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
    const year = g.year ?? g.year2 ?? (g.spelled ? lexicon.spelledYear(g.spelled) : undefined);
    const before = rawWordBefore(ctx.text, match.index);
    if (!rel && isCapitalized(before) && !SEASON_CONTEXT.has(before.toLowerCase())) return null; // "Arab Spring"
    if (!rel && !year && !SEASON_CONTEXT.has(before.toLowerCase())) return null;
    // "fall" is mostly the verb or "the fall of Kabul"; "into the fall" is the season.
    const seasonFall = ['this', 'last', 'next', 'this past', 'this coming'].includes(rel ?? '') || (rel === 'the' && FALL_PREPOSITIONS.has(before.toLowerCase()) && !/^\s{1,3}of\b/i.test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 5)));
    if (word === 'fall' && !year && !seasonFall) return null;
    if (isCapitalized(g.season!) && !year && !atSentenceStart(ctx.text, match.index + match[0].indexOf(g.season!))) return null; // "Summer Olympics"
    if (year) return found('DATE', `${year}-${code}`, 'other');
    if (!ctx.reference) return found('DATE', `XXXX-${code}`, 'other');
    const { year: y, month } = ctx.reference;
    let direction: Direction;
    if (rel === 'last' || rel === 'this past') direction = 'past';
    else if (rel === 'next' || rel === 'this coming') direction = 'future';
    else if (rel === 'this') direction = 'nearest';
    else direction = ctx.directionAt(match.index, match.index + match[0].length);
    let value = seasonYear(y, month, code, direction);
    // "last summer" in the summer is the one before.
    if (rel === 'last' && value === seasonYear(y, month, code, 'nearest') && !(month > SEASON_MONTHS[code]![1] && code !== 'WI')) value -= 1;
    if (rel === 'next' && value === seasonYear(y, month, code, 'nearest') && month >= SEASON_MONTHS[code]![0] && code !== 'WI') value += 1;
    return found('DATE', `${value}-${code}`, 'other', true);
  },
};
