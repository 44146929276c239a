// A reference date without a year (XXXX-11-04, from a dateline such as "MOSUL, Nov 4 (Wire) -").
// Expressions are resolved against the same day in a stand-in year and the year is then masked:
// only what the year cannot change is kept ("yesterday" → XXXX-11-03, "this month" → XXXX-11,
// "last month" → XXXX-10). Weekdays, weeks, years and quarters depend on the year and stay null.
import { isValidDate, type Day } from '../../calendar/day.js';
import type { Candidate } from './types.js';

/** A leap year (Feb 29 stays possible) centuries before any news story: its values can only come from the stand-in. */
const STAND_IN_YEAR = 1600;
const PARTIAL = /^XXXX-(\d{2})-(\d{2})$/;
/** A value computed from the stand-in year, within a century of it. */
const STAND_IN_VALUE = /^1[56]\d{0,2}(?!\d)(?:-(\d{2})(-\d{2})?(T[^\s]*)?)?/;
/** Rules whose day depends on the weekday of the reference, which a yearless day does not have. */
const WEEKDAY_RULES = new Set(['weekday', 'theWeekend']);

/** The stand-in day for a partial reference, or null when the reference is not partial. */
export function standInDay(reference: string | null): Day | null {
  const m = PARTIAL.exec(reference ?? '');
  if (!m) return null;
  const day = { year: STAND_IN_YEAR, month: Number(m[1]), day: Number(m[2]) };
  return isValidDate(day) ? day : null;
}

/** The candidate with the stand-in year masked ("1600-10" → "XXXX-10"), or its value null when it depends on the year. */
export function maskStandInYear(candidate: Candidate): Candidate {
  const m = candidate.value ? STAND_IN_VALUE.exec(candidate.value) : null;
  if (!m) return candidate;
  const keepsMonth = m[0] === candidate.value && m[1] !== undefined && !WEEKDAY_RULES.has(candidate.rule);
  const value = keepsMonth ? `XXXX-${candidate.value!.slice(5)}` : null;
  return { ...candidate, value };
}
