// A month named without a day: "in December", "mid-October", "March last year".
// "May" and "March" are also a verb, so they need a date word around them.
import { formatMonth } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import { monthValue } from '../resolve.js';
import type { Rule } from '../types.js';
import { found, isCapitalized, rawWordBefore, wordAfter } from './helpers.js';

const dateContext = new Set(lexicon.modifiers.dateContext);
const AMBIGUOUS = new Set(['may', 'march']);
const YEAR_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

export const monthName: Rule = {
  name: 'monthName',
  pattern: new RegExp(
    `\\b(?:(?<pos>${patterns.position})[\\s-]{1,3})?(?<month>${patterns.fullMonth})(?![\\w'’-])(?:,?\\s{1,3}(?:of\\s{1,3})?(?<rel>this|last|next)\\s{1,3}year\\b)?`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    if (!isCapitalized(g.month!)) return null;
    const before = rawWordBefore(ctx.text, match.index);
    const inContext = Boolean(g.pos || g.rel) || dateContext.has(before.toLowerCase());
    // "Theresa May", "Hurricane March": a capitalised word before a month is a name.
    if (!g.pos && isCapitalized(before) && !dateContext.has(before.toLowerCase())) return null;
    if (AMBIGUOUS.has(g.month!.toLowerCase()) && !inContext) return null;
    const next = wordAfter(ctx.text, match.index + match[0].length);
    if (!inContext && isCapitalized(next) && !lexicon.monthNumber(next)) return null; // "June Carter"
    const month = lexicon.monthNumber(g.month!)!;
    if (g.rel) {
      if (!ctx.reference) return found('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month');
      return found('DATE', formatMonth(ctx.reference.year + YEAR_OFFSET[g.rel.toLowerCase()]!, month), 'month', true);
    }
    const direction = ctx.directionAt(match.index, match.index + match[0].length);
    return found('DATE', monthValue(ctx.reference, month, direction), 'month', ctx.reference !== null);
  },
};
