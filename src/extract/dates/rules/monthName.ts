// A month named without a day: "in December", "mid-October", "March last year".
// "May" and "March" are also a verb, so they need a date word around them.
import { formatMonth, type Day } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import { monthValue } from '../resolve.js';
import type { Rule, SentenceContext } from '../types.js';
import { found, isCapitalized, rawWordBefore, wordAfter } from './helpers.js';

const dateContext = new Set(lexicon.modifiers.dateContext);
const AMBIGUOUS = new Set(['may', 'march']);
const verbBefore = new Set(lexicon.modifiers.verbBefore);
const motionAfter = new Set(lexicon.modifiers.motionAfter);
const YEAR_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

/** "last March" is the March before this month; "next March" the one after; "this March" this year's. */
function namedMonth(reference: Day | null, month: number, named: string) {
  if (!reference) return found('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month');
  let year = reference.year;
  if ((named === 'last' || named === 'this past') && month >= reference.month) year -= 1;
  if ((named === 'next' || named === 'this coming') && month <= reference.month) year += 1;
  return found('DATE', formatMonth(year, month), 'month', true);
}

const DEADLINE = new Set(['until', 'till', 'through', 'by']);

/** Does a deadline preposition ("until January") or an infinitive in the month's clause ("agreed to buy … in February") point ahead? */
function pointsAhead(ctx: SentenceContext, index: number, before: string): boolean {
  if (DEADLINE.has(before.toLowerCase())) return true;
  const tokens = ctx.tokens.filter((t) => t.start >= ctx.start && t.end <= ctx.start + index);
  const to = tokens.findLastIndex((t, i) => t.text.toLowerCase() === 'to' && tokens[i + 1]?.tags.has('Verb'));
  // … unless a past verb comes after the infinitive ("agreed to talks, but fighting intensified in December").
  const passive = (i: number) => ['be', 'been', 'being'].includes(tokens[i - 1]?.text.toLowerCase() ?? '');
  return to >= 0 && !tokens.some((t, i) => i > to + 1 && t.tags.has('PastTense') && !t.tags.has('Participle') && !passive(i));
}

export const monthName: Rule = {
  name: 'monthName',
  pattern: new RegExp(
    `\\b(?:(?<named>this\\s{1,3}past|this\\s{1,3}coming|last|next|this)\\s{1,3})?(?:(?<pos>${patterns.position})[\\s-]{1,3})?(?<month>${patterns.fullMonth})(?![\\w-]|['’](?!s\\b))(?:,?\\s{1,3}(?:of\\s{1,3})?(?<rel>this|last|next)\\s{1,3}year\\b)?`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    if (!isCapitalized(g.month!)) return null;
    const before = rawWordBefore(ctx.text, match.index);
    const inContext = Boolean(g.pos || g.rel || g.named) || dateContext.has(before.toLowerCase());
    // "Theresa May", "Hurricane March": a capitalised word before a month is a name.
    if (!g.pos && !g.named && isCapitalized(before) && !dateContext.has(before.toLowerCase())) return null;
    if (AMBIGUOUS.has(g.month!.toLowerCase()) && !inContext) return null;
    const next = wordAfter(ctx.text, match.index + match[0].length);
    // "Supporters to March on Parliament": the verb, in a title-case headline.
    if (AMBIGUOUS.has(g.month!.toLowerCase()) && !g.pos && !g.named && !g.rel && verbBefore.has(before.toLowerCase()) && motionAfter.has(next.toLowerCase())) return null;
    if (!inContext && isCapitalized(next) && !lexicon.monthNumber(next)) return null; // "June Carter"
    const month = lexicon.monthNumber(g.month!)!;
    if (g.rel) {
      if (!ctx.reference) return found('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month');
      return found('DATE', formatMonth(ctx.reference.year + YEAR_OFFSET[g.rel.toLowerCase()]!, month), 'month', true);
    }
    if (g.named) return namedMonth(ctx.reference, month, g.named.toLowerCase().replace(/\s+/g, ' '));
    const direction = ctx.directionAt(match.index, match.index + match[0].length);
    return found('DATE', monthValue(ctx.reference, month, direction, pointsAhead(ctx, match.index, before)), 'month', ctx.reference !== null);
  },
};
