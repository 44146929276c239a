// Refiners run on a sentence's chosen candidates, in order: a month date inside a proper name
// ("the April 6 Youth Movement") is dropped (properName.ts); a date and a clock time side by
// side become one TIME ("October 30, 2025, 13:54:38 IST", "2:40 a.m. on Oct. 14"); a lone
// clock time takes its day from a date in the sentence or the reference date; an event-relative time ("two days later")
// takes its value from a dated anchor earlier in the sentence; "from the 20th to the 25th"
// keeps one month.
import { addDays, addMonths, formatDay, formatMonth, formatWeek, isValidDate, type Day } from '../../calendar/day.js';
import { dropProperNameDates } from './properName.js';
import type { Candidate } from './types.js';

/** `dateline` is true on byline lines, where "October 30, 2025 at 2:05 pm" is one timestamp. */
export type Refiner = (items: Candidate[], text: string, reference: Day | null, dateline?: boolean) => Candidate[];

/** What may stand between a date and its clock time in a dateline: "12 Oct 2025, 14:05", "Oct 30, 2025 | 1:54 PM". */
const JOINER = /^\s{0,2}[,|•·]?\s{0,2}$/;
const DATELINE_JOINER = /^\s{0,2}(?:[,|•·–-]|at)?\s{0,2}$/i;
/** "2:40 a.m. on Oct. 14", "midnight on Monday": a clock time, then the day it falls on. */
const CLOCK_ON_DAY = /^\s{1,2}on\s{1,2}$/i;

export const mergeDateAndClock: Refiner = (items, text, _reference, dateline = false) => {
  const joiner = dateline ? DATELINE_JOINER : JOINER;
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    if (b && (joiner.test(between) || (a.role.kind === 'clock' && CLOCK_ON_DAY.test(between)))) {
      const date = a.role.kind === 'calendarDay' ? a : b.role.kind === 'calendarDay' ? b : null;
      const clock = a.role.kind === 'clock' ? a : b.role.kind === 'clock' ? b : null;
      if (date && clock && date !== clock && clock.role.kind === 'clock' && date.type === 'DATE') {
        const value = date.value ? `${date.value}${clock.role.time}` : null;
        out.push({ ...date, start: a.start, end: b.end, type: 'TIME', value, granularity: 'other', rule: `${a.rule}+${b.rule}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/** A clock time alone takes the day of the nearest dated day in its sentence, else the reference. */
export const anchorClocks: Refiner = (items, _text, reference) => {
  const dated = items.filter((d) => d.role.kind === 'calendarDay' && d.value && d.type === 'DATE');
  let next = 0; // index of the first dated item starting after the current clock
  return items.map((item) => {
    if (item.role.kind !== 'clock') return item;
    while (next < dated.length && dated[next]!.start < item.start) next++;
    const before = dated[next - 1];
    const after = dated[next];
    const nearest = !before ? after : !after ? before : item.start - before.end <= after.start - item.end ? before : after;
    if (nearest?.value) return { ...item, value: `${nearest.value}${item.role.time}` };
    if (reference) return { ...item, value: `${formatDay(reference)}${item.role.time}`, relative: true };
    return { ...item, value: `XXXX-XX-XX${item.role.time}` };
  });
};

function shift(day: Day, offset: number, unit: string, part?: string): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(day, offset)) + (part ? `T${part}` : '');
    case 'week':
      return formatWeek(addDays(day, 7 * offset));
    case 'weekend':
      return `${formatWeek(addDays(day, 7 * offset))}-WE`;
    case 'month': {
      const m = addMonths(day.year, day.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return String(day.year + offset);
    default:
      return null;
  }
}

/** "two days later" after "on 12 October" in the same sentence is 14 October. */
export const anchorEventRelative: Refiner = (items) => {
  let anchor: Day | null = null;
  return items.map((item) => {
    if (item.role.kind === 'calendarDay' && item.role.day) anchor = item.role.day;
    if (item.role.kind !== 'eventRelative' || !anchor) return item;
    const value = shift(anchor, item.role.offset, item.role.unit, item.role.part);
    return value ? { ...item, value, relative: true } : item;
  });
};

const BARE_ORDINAL_DAY = /^the\s{1,3}\d{1,2}(?:st|nd|rd|th)$/i;

/** "from the 20th to the 25th": a bare ordinal day later in the month than the one before it in the sentence is in that month. */
export const alignOrdinalDays: Refiner = (items, text) => {
  let anchor: Day | null = null;
  return items.map((item) => {
    if (item.rule !== 'ordinalDay' || item.role.kind !== 'calendarDay' || !item.role.day) return item;
    let day = item.role.day;
    if (anchor && day.day > anchor.day && (day.year !== anchor.year || day.month !== anchor.month) && BARE_ORDINAL_DAY.test(text.slice(item.start, item.end))) {
      day = { year: anchor.year, month: anchor.month, day: day.day };
      if (isValidDate(day)) item = { ...item, value: formatDay(day), role: { kind: 'calendarDay', day } };
      else day = item.role.day;
    }
    anchor = day;
    return item;
  });
};

export const refiners: Refiner[] = [dropProperNameDates, mergeDateAndClock, anchorClocks, anchorEventRelative, alignOrdinalDays];
