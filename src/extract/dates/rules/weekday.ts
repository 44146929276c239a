// Weekdays: "on Tuesday", "late on Friday", "last Monday", "Monday evening", "on Fridays" (a set).
// The day is the one the sentence's tense points to; without a reference date the value is null.
import { formatDay } from '../../../calendar/day.js';
import { lexicon, patterns } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import type { Direction, Rule } from '../types.js';
import { found, isCapitalized, rawWordBefore, wordAfter } from './helpers.js';

/** "last"/"next" name the one strictly before/after today; "this" the nearest. */
const RELATIVE: Record<string, { direction: Direction; strict: boolean }> = {
  last: { direction: 'past', strict: true },
  past: { direction: 'past', strict: true },
  'this past': { direction: 'past', strict: true },
  next: { direction: 'future', strict: true },
  coming: { direction: 'future', strict: true },
  'this coming': { direction: 'future', strict: true },
  this: { direction: 'nearest', strict: false },
};

const dateContext = new Set(lexicon.modifiers.dateContext);

/** Words after a weekday that make it part of a name ("Sunday Times", "Friday Mosque"). */
const isNameAfter = (next: string) => isCapitalized(next) && !lexicon.monthNumber(next) && !lexicon.partOfDay(next);

export const weekday: Rule = {
  name: 'weekday',
  pattern: new RegExp(
    `\\b(?:(?<rel>this past|this coming|last|next|this|coming|past)\\s{1,3}|(?<edge>early|late)\\s{1,3}(?:on\\s{1,3})?)?(?<weekday>${patterns.weekday})(?<plural>s)?(?:\\s{1,3}(?<part>morning|afternoon|evening|night))?(?![\\w-])`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    if (!isCapitalized(g.weekday!)) return null;
    const number = lexicon.weekdayNumber(g.weekday!)!;
    const end = match.index + match[0].length;
    const before = rawWordBefore(ctx.text, match.index);
    const afterPreposition = before.toLowerCase() !== 'the' && dateContext.has(before.toLowerCase());
    if (!g.rel && !g.edge && !g.part && !afterPreposition && isNameAfter(wordAfter(ctx.text, end))) return null;
    if (g.plural) {
      if (g.rel) return null;
      return found('SET', `XXXX-WXX-${number}${g.part ? `T${lexicon.partOfDay(g.part)}` : ''}`, 'other');
    }
    const type = g.part ? 'TIME' : 'DATE';
    const granularity = g.part ? 'other' : 'day';
    if (!ctx.reference) return found(type, null, granularity, false, { kind: 'calendarDay', day: null });
    const rel = g.rel ? RELATIVE[g.rel.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const direction = rel?.direction ?? ctx.directionAt(match.index, end);
    const day = resolveWeekday(ctx.reference, number, direction, rel?.strict ?? false);
    const value = formatDay(day) + (g.part ? `T${lexicon.partOfDay(g.part)}` : '');
    return found(type, value, granularity, true, { kind: 'calendarDay', day });
  },
};
