// Finds a complete calendar date (day, month and year) in a short string:
// "October 30, 2025", "Oct. 9, 2025", "11 June 2024", "22 Aug 2024", "2025-10-30", "14/02/2025", "October 9/2021".
// Used for publication dates; the dates extractor has the full rule set.
import { MONTH_NUMBERS } from '../lexicon/calendarWords.js';
import { formatDay, numericDay } from './day.js';

const monthNumber = MONTH_NUMBERS;
/** A month name or abbreviation, captured. */
export const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** "October 9/2021", as some East African datelines print it. */
const MONTH_DAY_SLASH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})/(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "14/02/2025", "14.02.2025": taken only when day and month cannot be swapped (numericDay). */
const NUMERIC = /(?<![\w./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|\.\d)/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written YYYY-MM-DD ("2025-13-40" is not one). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number | undefined, day: number, index: number, length: number): FoundDate | null {
  if (!month || !isValidDay(year, month, day)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, index, length };
}

/** The first full date in `text`, or null. */
export function findFullDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const d = build(Number(mdy[3]), monthNumber[mdy[1]!.toLowerCase()], Number(mdy[2]), mdy.index, mdy[0].length);
    if (d) candidates.push(d);
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const d = build(Number(dmy[3]), monthNumber[dmy[2]!.toLowerCase()], Number(dmy[1]), dmy.index, dmy[0].length);
    if (d) candidates.push(d);
  }
  const slash = MONTH_DAY_SLASH_YEAR.exec(text);
  if (slash) {
    const d = build(Number(slash[3]), monthNumber[slash[1]!.toLowerCase()], Number(slash[2]), slash.index, slash[0].length);
    if (d) candidates.push(d);
  }
  const iso = ISO.exec(text);
  if (iso) {
    const d = build(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.index, iso[0].length);
    if (d) candidates.push(d);
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const day = numericDay(numeric[1]!, numeric[3]!, numeric[4]!);
    if (day) candidates.push({ iso: formatDay(day), index: numeric.index, length: numeric[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}
