// Clock times: "2 p.m.", "13:54:38 IST", "09:12 GMT", "5:18 PM GMT+3", "0900 GMT", "at 10:45", "noon", "midnight".
// The day comes later, from a date next to it or in the sentence, else the reference date.
import { lexicon, patterns } from '../lexicon.js';
import type { Rule } from '../types.js';
import { found, pad2, wordBefore } from './helpers.js';

const CLOCK_CONTEXT = new Set(lexicon.modifiers.clockContext);

function clockFound(hour: number, minute: number, second: string | undefined, bare: boolean) {
  const time = `T${pad2(hour)}:${pad2(minute)}${second ? `:${second}` : ''}`;
  return found('TIME', null, 'other', false, { kind: 'clock', time, bare });
}

export const clockTime: Rule = {
  name: 'clockTime',
  pattern: new RegExp(
    `(?<![\\w:.,])(?<h>[01]?\\d|2[0-3])(?:(?<sep>[:.])(?<min>[0-5]\\d)(?::(?<sec>[0-5]\\d))?)?(?:\\s{0,2}(?<ampm>[ap]\\.\\s?m\\.|[ap]m\\b))?(?:\\s{1,2}(?<tz>${patterns.timezone})(?:[+−-](?:1[0-4]|0?\\d)(?::?[0-5]\\d)?(?![\\d:]))?)?(?![\\w:]|\\.\\d)`,
    'gi',
  ),
  normalise(match, ctx) {
    const g = match.groups!;
    let hour = Number(g.h);
    const minute = g.min ? Number(g.min) : 0;
    if (g.tz && g.tz !== g.tz.toUpperCase() && !/local/i.test(g.tz)) return null;
    if (!g.min && !g.ampm) return null;
    if (g.sep === '.' && !g.ampm && !g.tz) return null;
    if (g.ampm) {
      if (hour < 1 || hour > 12) return null;
      const pm = g.ampm.toLowerCase().startsWith('p');
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    }
    // A bare "10:45" needs "at …" or a date just before it; otherwise it may be a score or a ratio.
    const bare = !g.ampm && !g.tz;
    if (bare && !CLOCK_CONTEXT.has(wordBefore(ctx.text, match.index)) && !/\d{4},?\s{1,3}$/.test(ctx.text.slice(Math.max(0, match.index - 8), match.index))) return null;
    return clockFound(hour, minute, g.sec, bare);
  },
};

export const militaryTime: Rule = {
  name: 'militaryTime',
  pattern: new RegExp(`(?<![\\w:.,])(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)\\s{1,2}(?<tz>${patterns.timezone}|hrs)\\b`, 'g'),
  normalise(match) {
    const g = match.groups!;
    return clockFound(Number(g.h), Number(g.min), undefined, false);
  },
};

export const noonMidnight: Rule = {
  name: 'noonMidnight',
  pattern: /\b(?:noon|midday|midnight)\b/g,
  normalise(match) {
    const word = match[0].toLowerCase();
    return word === 'midnight' ? clockFound(24, 0, undefined, false) : clockFound(12, 0, undefined, false);
  },
};
