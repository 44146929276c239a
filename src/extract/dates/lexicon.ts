// The word lists (data/*.json) as lookup maps and as regular-expression alternations.
// Alternations are plain word lists, longest first, so they cannot backtrack badly.
import { MONTH_NUMBERS, WEEKDAY_ABBREVIATION_NUMBERS, WEEKDAY_NUMBERS } from '../../lexicon/calendarWords.js';
import type { MovableHoliday } from '../../calendar/holidays.js';
import decades from './data/decades.json' with { type: 'json' };
import holidays from './data/holidays.json' with { type: 'json' };
import movableHolidays from './data/movableHolidays.json' with { type: 'json' };
import modifiers from './data/modifiers.json' with { type: 'json' };
import numbers from './data/numbers.json' with { type: 'json' };
import partsOfDay from './data/partsOfDay.json' with { type: 'json' };
import references from './data/references.json' with { type: 'json' };
import seasons from './data/seasons.json' with { type: 'json' };
import tenseCues from './data/tenseCues.json' with { type: 'json' };
import { TIME_ZONES } from '../../lexicon/index.js';
import units from './data/units.json' with { type: 'json' };

export interface UnitInfo {
  code: string;
  time: boolean;
  granularity: 'day' | 'week' | 'month' | 'year' | 'other';
  multiplier?: number;
  /** Decades and centuries: a counted one is written in years ("P20Y"), an uncounted one with TimeML's letter ("PXE"). */
  years?: number;
  vagueCode?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');

/** `(?:a|b|c)` from a word list, longest first. */
export function alternation(list: Iterable<string>): string {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escape).join('|')})`;
}

const monthNumbers = MONTH_NUMBERS;
/** The full name of each month: its longest key. */
const fullMonthNames = new Set(
  Object.values(monthNumbers).map((n) => Object.keys(monthNumbers).filter((k) => monthNumbers[k] === n).sort((a, b) => b.length - a.length)[0]!),
);

export const lexicon = {
  monthNumber: (word: string): number | undefined => monthNumbers[word.toLowerCase().replace(/\.$/, '')],
  isFullMonthName: (word: string) => fullMonthNames.has(word.toLowerCase()),
  weekdayNumber: (word: string): number | undefined => {
    const w = word.toLowerCase().replace(/\.$/, '').replace(/s$/, '');
    return WEEKDAY_NUMBERS[w] ?? WEEKDAY_NUMBERS[`${w}s`];
  },
  weekdayAbbreviation: (word: string): number | undefined => WEEKDAY_ABBREVIATION_NUMBERS[word.toLowerCase().replace(/\.$/, '')],
  partOfDay: (word: string): string | undefined => (partsOfDay as Record<string, string>)[word.toLowerCase()],
  season: (word: string): string | undefined => (seasons as Record<string, string>)[word.toLowerCase()],
  decade: (word: string): number | undefined => (decades as Record<string, number>)[word.toLowerCase()],
  movableHoliday: (name: string): MovableHoliday | undefined => {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    const nth = Object.entries(movableHolidays.nthWeekday).find(([k]) => k.toLowerCase() === key)?.[1];
    if (nth) return { nth: nth as [number, number, number] };
    const fromEaster = Object.entries(movableHolidays.fromEaster).find(([k]) => k.toLowerCase() === key)?.[1];
    return fromEaster === undefined ? undefined : { fromEaster };
  },
  holiday: (name: string): [number, number] | undefined => {
    const key = Object.keys(holidays).find((k) => k.toLowerCase() === name.toLowerCase().replace(/\s+/g, ' '));
    return key ? ((holidays as Record<string, number[]>)[key] as [number, number]) : undefined;
  },
  unit: (word: string): UnitInfo | undefined => {
    const w = word.toLowerCase();
    const table = units as Record<string, UnitInfo>;
    return table[w] ?? table[w.replace(/s$/, '')] ?? (w === 'centuries' ? table.century : undefined);
  },
  ordinal: (word: string): number | undefined => {
    const w = word.toLowerCase();
    const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    return digits ? Number(digits[1]) : (numbers.ordinals as Record<string, number>)[w];
  },
  /** 3, "three", "twenty-five", "a"; null for vague quantities ("several"); undefined when not a number. */
  quantity: (phrase: string): number | null | undefined => {
    const w = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
    if (numbers.vague.includes(w)) return null;
    const cardinals = numbers.cardinals as Record<string, number>;
    if (w in cardinals) return cardinals[w]!;
    const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
    if (compound && cardinals[compound[1]!]! >= 20 && cardinals[compound[2]!]! < 10) return cardinals[compound[1]!]! + cardinals[compound[2]!]!;
    return undefined;
  },
  /** A year in words: "nineteen ninety-six" 1996, "nineteen oh five" 1905, "nineteen hundred" 1900, "two thousand (and) one" 2001. */
  spelledYear: (phrase: string): number | undefined => {
    const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
    const cardinals = numbers.cardinals as Record<string, number>;
    const n = (w: string | undefined) => (w === undefined ? 0 : cardinals[w]);
    if (words[0] === 'two' && words[1] === 'thousand') {
      const rest = words.slice(2).reduce((sum, w) => sum + (n(w) ?? NaN), 0);
      return Number.isNaN(rest) || rest >= 100 ? undefined : 2000 + rest;
    }
    const century = n(words[0]);
    if (century === undefined || century < 15 || century > 20 || words.length < 2) return undefined;
    if (words[1] === 'hundred') return words.length === 2 ? century * 100 : undefined;
    const tail = words[1] === 'oh' ? words.slice(2) : words.slice(1);
    const rest = tail.reduce((sum, w) => sum + (n(w) ?? NaN), 0);
    if (Number.isNaN(rest) || rest < 1 || rest > 99 || (words[1] === 'oh' && rest > 9)) return undefined;
    return century * 100 + rest;
  },
  references,
  tenseCues,
  modifiers,
  positionMod: (phrase: string): string | undefined =>
    (modifiers.position as Record<string, string>)[phrase.toLowerCase().replace(/[\s-]+/g, ' ').trim()],
};

const cardinalWords = Object.keys(numbers.cardinals);
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ones = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SEP = '[\\s-]{1,3}';
/** Below a hundred in words: "seven", "fourteen", "ninety-six". */
const belowHundred = `(?:(?:${tens.join('|')})(?:${SEP}(?:${ones.join('|')}))?|${teens.join('|')}|${ones.join('|')})`;

/** Regular-expression fragments built from the lists. */
export const patterns = {
  month: alternation(Object.keys(monthNumbers)),
  fullMonth: alternation(fullMonthNames),
  weekday: alternation(Object.keys(WEEKDAY_NUMBERS)),
  weekdayAbbreviation: alternation(Object.keys(WEEKDAY_ABBREVIATION_NUMBERS)),
  partOfDay: alternation(Object.keys(partsOfDay)),
  season: alternation(Object.keys(seasons)),
  decadeWord: alternation(Object.keys(decades)),
  holiday: alternation([...Object.keys(holidays), ...Object.keys(movableHolidays.nthWeekday), ...Object.keys(movableHolidays.fromEaster)]),
  timezone: alternation(TIME_ZONES),
  ordinal: `(?:${alternation(Object.keys(numbers.ordinals))}|\\d{1,2}(?:st|nd|rd|th))`,
  /**
   * A year in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen oh five",
   * "nineteen hundred", "two thousand (and) one". The centuries run from fifteen to twenty, so a
   * clock time ("eleven fifteen") is not one.
   */
  spelledYear: `(?:(?:fifteen|sixteen|seventeen|eighteen|nineteen|twenty)${SEP}(?:(?:${tens.join('|')})(?:${SEP}(?:${ones.join('|')}))?|${teens.join('|')}|oh${SEP}(?:${ones.join('|')})|hundred)|two${SEP}thousand(?:${SEP}(?:and\\s{1,3})?${belowHundred})?)`,
  /** A spelled or written quantity: "3", "1.5", "twenty-five", "a few", "several". */
  quantity: `(?:\\d{1,3}(?:\\.\\d{1,2})?|(?:${tens.join('|')})[- ](?:${ones.join('|')})|${alternation([...cardinalWords, ...numbers.vague])})`,
  unit: alternation([...Object.keys(units), ...Object.keys(units).map((u) => (u === 'century' ? 'centuries' : `${u}s`))]),
  approximate: alternation(modifiers.approximate),
  span: alternation(modifiers.span),
  position: alternation(Object.keys(modifiers.position)),
};
