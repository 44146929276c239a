// Times that hang on an event, not on the reference date: "the previous day", "the next
// morning", "the day before", "two days earlier", "weeks later". Their value is null unless a
// refiner finds a dated anchor in the same sentence.
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { endsClause, found } from './helpers.js';

const anchors = lexicon.references.eventAnchors as Record<string, number>;
const directions = lexicon.references.eventDirections as Record<string, number>;

function eventFound(unitWord: string, offset: number) {
  const part = lexicon.partOfDay(unitWord);
  const unit = lexicon.unit(unitWord);
  const granularity = part ? 'other' : unitWord.toLowerCase() === 'weekend' ? 'week' : unit?.granularity ?? 'other';
  return found(part ? 'TIME' : 'DATE', null, granularity, false, { kind: 'eventRelative', offset, unit: part ? 'day' : unitWord.toLowerCase().replace(/s$/, ''), ...(part ? { part } : {}) });
}

export const theFollowingDay: Rule = {
  name: 'theFollowingDay',
  pattern: /\b(?:the|that)\s{1,3}(?<anchor>previous|preceding|following|next|same)\s{1,3}(?<unit>day|week|weekend|month|quarter|year|morning|afternoon|evening|night)\b/gi,
  normalise(match) {
    const g = match.groups!;
    return eventFound(g.unit!, anchors[g.anchor!.toLowerCase()]!);
  },
};

export const theDayBefore: Rule = {
  name: 'theDayBefore',
  pattern: /\bthe\s{1,3}(?<unit>day|night|week|month|year)\s{1,3}(?<dir>before|after)\b/gi,
  normalise(match, ctx) {
    if (!endsClause(ctx.text, match.index + match[0].length)) return null;
    const g = match.groups!;
    return eventFound(g.unit!, directions[g.dir!.toLowerCase()]!);
  },
};

export const unitsLater: Rule = {
  name: 'unitsLater',
  pattern: new RegExp(`\\b(?:(?:${patterns.approximate})\\s{1,3})?(?:(?<qty>${patterns.quantity})[\\s-]{1,3})?(?<unit>${patterns.unit})\\s{1,3}(?<dir>earlier|later|before|prior|after)\\b`, 'gi'),
  normalise(match, ctx) {
    const g = match.groups!;
    const dir = g.dir!.toLowerCase();
    // "two days before the vote" is a duration and a signal; only a clause-final one is a date.
    if (['before', 'after', 'prior'].includes(dir) && !endsClause(ctx.text, match.index + match[0].length)) return null;
    if (!g.qty && !/s$/i.test(g.unit!)) return null;
    const quantity = g.qty ? lexicon.quantity(g.qty) : null;
    if (quantity === undefined) return null;
    if (quantity === null) return found('DATE', null, lexicon.unit(g.unit!)?.granularity ?? 'other');
    return eventFound(g.unit!, quantity * directions[dir]!);
  },
};
