// Calendar arithmetic on plain days (no clock, no time zone): the dates extractor
// resolves "last week" or "on Tuesday" against a reference day with these.

export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseIsoDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(day) ? day : null;
}

/**
 * A numeric date's three fields ("30/10/2025", "2025/10/30") as a day, only when day
 * and month cannot be swapped ("03/04/2025" is April in Paris and March in Boston).
 */
export function numericDay(a: string, b: string, c: string): Day | null {
  let date: Day | null = null;
  if (a.length === 4 && c.length <= 2) date = { year: Number(a), month: Number(b), day: Number(c) };
  else if (c.length === 4 && a.length <= 2) {
    const [x, y] = [Number(a), Number(b)];
    if (x > 12 && y <= 12) date = { year: Number(c), month: y, day: x };
    else if (y > 12 && x <= 12) date = { year: Number(c), month: x, day: y };
    else if (x === y) date = { year: Number(c), month: x, day: y };
  }
  return date && date.year >= 1900 && date.year <= 2100 && isValidDate(date) ? date : null;
}

export function isValidDate({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const toUtc = ({ year, month, day }: Day) => Date.UTC(year, month - 1, day);
const fromUtc = (ms: number): Day => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const DAY_MS = 86_400_000;

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Difference b − a in days. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Month arithmetic on (year, month) only. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const formatDay = ({ year, month, day }: Day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const formatWeek = (day: Day) => {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
};
