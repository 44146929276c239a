// Claim date values as intervals, to compare and order them: "2025-10-29",
// "XXXX-10-29" (year unknown), "2025-10", "2025-W44", "2025", with or without a time.
// Two values are compatible when one can contain the other: XXXX-10-29 and
// 2025-10-29; 2025-W44 and 2025-10-29; 2025-10 and 2025-10-29 — never two different days.

export interface ParsedDate {
  year: number | null;
  month: number | null;
  day: number | null;
  week: number | null;
  /** 0 year, 1 month, 2 week, 3 day: higher is finer. */
  precision: number;
}

const DAY = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4}|XXXX)-W(\d{2})/;
const MONTH = /^(\d{4}|XXXX)-(\d{2})(?![\d-])/;
const YEAR = /^(\d{4})(?![\d-])/;

const yearOf = (s: string) => (s === 'XXXX' ? null : Number(s));

export function parseDateValue(value: string | null): ParsedDate | null {
  if (!value) return null;
  let m = DAY.exec(value);
  if (m) return { year: yearOf(m[1]!), month: Number(m[2]), day: Number(m[3]), week: null, precision: 3 };
  m = WEEK.exec(value);
  if (m) return { year: yearOf(m[1]!), month: null, day: null, week: Number(m[2]), precision: 2 };
  m = MONTH.exec(value);
  if (m) return { year: yearOf(m[1]!), month: Number(m[2]), day: null, week: null, precision: 1 };
  m = YEAR.exec(value);
  if (m) return { year: Number(m[1]), month: null, day: null, week: null, precision: 0 };
  return null;
}

/** ISO 8601 week number of a day. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1);
  return { year: weekYear, week: Math.ceil(((date.getTime() - firstDay) / 86400000 + 1) / 7) };
}

const agree = (a: number | null, b: number | null) => a === null || b === null || a === b;

/** True when both values can name the same time (one contains the other). */
export function compatible(a: ParsedDate, b: ParsedDate): boolean {
  if (!agree(a.year, b.year)) return false;
  if (a.week !== null || b.week !== null) return weekCompatible(a, b);
  return agree(a.month, b.month) && agree(a.day, b.day);
}

function weekCompatible(a: ParsedDate, b: ParsedDate): boolean {
  const [week, other] = a.week !== null ? [a, b] : [b, a];
  if (other.week !== null) return other.week === week.week;
  if (other.day === null || other.month === null) return other.month === null; // a year contains a week; a month is too coarse to tell
  const year = other.year ?? week.year;
  if (year === null) return false;
  const iso = isoWeek(year, other.month, other.day);
  return iso.week === week.week && (week.year === null || iso.year === week.year);
}

/**
 * Orders values: dated ones (with a year) chronologically, finer before coarser at the
 * same start; then values without a year by month and day; unresolved last.
 */
export function compareDateValues(a: string | null, b: string | null): number {
  const pa = parseDateValue(a);
  const pb = parseDateValue(b);
  const rank = (p: ParsedDate | null) => (p === null ? 2 : p.year === null ? 1 : 0);
  if (rank(pa) !== rank(pb)) return rank(pa) - rank(pb);
  if (!pa || !pb) return 0;
  const ka = sortKey(pa);
  const kb = sortKey(pb);
  return ka - kb || pb.precision - pa.precision || (a ?? '').localeCompare(b ?? '');
}

/** A leap year stands in for an unknown year, so that 29 February still sorts. */
const UNKNOWN_YEAR = 2000;

/** Day number of the start of the value's interval. */
function sortKey(p: ParsedDate): number {
  const year = p.year ?? UNKNOWN_YEAR;
  if (p.week !== null) {
    // Monday of ISO week `week`.
    const jan4 = Date.UTC(year, 0, 4);
    const jan4Weekday = new Date(jan4).getUTCDay() || 7;
    return (jan4 - (jan4Weekday - 1) * 86400000) / 86400000 + (p.week - 1) * 7;
  }
  return Date.UTC(year, (p.month ?? 1) - 1, p.day ?? 1) / 86400000;
}

/** The value that says the most: finer precision first, then one with a known year. */
export function mostPrecise(values: string[]): string | null {
  let best: { value: string; p: ParsedDate } | null = null;
  for (const value of values) {
    const p = parseDateValue(value);
    if (!p) continue;
    if (!best || p.precision > best.p.precision || (p.precision === best.p.precision && p.year !== null && best.p.year === null)) best = { value, p };
  }
  return best?.value ?? null;
}
