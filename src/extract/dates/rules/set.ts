// Recurring times (TimeML SET, an extra): "every week", "each year", "every Monday",
// "twice a week", "annually", "daily" at the end of a clause.
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { endsClause, found, periodValue } from './helpers.js';

export const everyUnit: Rule = {
  name: 'everyUnit',
  pattern: new RegExp(`\\b(?:every|each)\\s{1,3}(?:(?<other>other)\\s{1,3}|(?<qty>${patterns.quantity})\\s{1,3})?(?<unit>${patterns.unit}|${patterns.weekday}|${patterns.season}|weekend|morning|afternoon|evening|night)\\b`, 'gi'),
  normalise(match) {
    const g = match.groups!;
    const weekday = lexicon.weekdayNumber(g.unit!);
    if (weekday) return found('SET', `XXXX-WXX-${weekday}`, 'other');
    const season = lexicon.season(g.unit!);
    if (season) return found('SET', `XXXX-${season}`, 'other');
    if (g.unit!.toLowerCase() === 'weekend') return found('SET', 'XXXX-WXX-WE', 'other');
    const part = lexicon.partOfDay(g.unit!);
    if (part) return found('SET', `XXXX-XX-XXT${part}`, 'other');
    const quantity = g.other ? 2 : g.qty ? lexicon.quantity(g.qty) : 1;
    if (quantity === undefined || quantity === null) return null;
    const period = periodValue(quantity, g.unit!);
    return period ? found('SET', period.value, period.granularity) : null;
  },
};

export const timesPerUnit: Rule = {
  name: 'timesPerUnit',
  pattern: new RegExp(`\\b(?:once|twice|(?:${patterns.quantity})\\s{1,3}times)\\s{1,3}(?:a|an|per|every|each)\\s{1,3}(?<unit>hour|day|week|month|year|decade)\\b`, 'gi'),
  normalise(match) {
    const period = periodValue(1, match.groups!.unit!);
    return period ? found('SET', period.value, period.granularity) : null;
  },
};

const ADVERBS: Record<string, string> = { annually: 'year', yearly: 'year', daily: 'day', weekly: 'week', monthly: 'month', hourly: 'hour', nightly: 'day' };

export const frequencyAdverb: Rule = {
  name: 'frequencyAdverb',
  pattern: /\b(?:annually|yearly|daily|weekly|monthly|hourly|nightly)\b/gi,
  normalise(match, ctx) {
    const word = match[0].toLowerCase();
    // "daily" before a noun is an adjective ("daily life"); at a clause end it is a frequency.
    if (word !== 'annually' && !endsClause(ctx.text, match.index + match[0].length)) return null;
    const period = periodValue(1, ADVERBS[word]!);
    return period ? found('SET', period.value, period.granularity) : null;
  },
};
