// Is a figure background, an event the article recalls rather than reports? Each rule
// looks at one figure and the incident's anchor date (the date of the first reported
// figure); the first that fires gives the reason.
import { compatible, type ParsedDate } from '../../../timeline/dateValue.js';
import type { Figure } from '../figure.js';
import { lexicon } from '../lexicon.js';

export type BackgroundRule = (figure: Figure, anchor: ParsedDate | null) => boolean;

/** "The insurgency has killed 6,000 people since 2012": a running total (casualties' scope). */
export const runningTotal: BackgroundRule = (f) => f.item.scope === 'cumulative';

/** "a year after a bombing killed 300", "a similar bomb killed 11": a cue in the figure's phrase. */
export const recalledEvent: BackgroundRule = (f) => lexicon.background.test(f.lead);

/** Days before the anchor beyond which a dated figure is another, earlier event. */
const RECENT_DAYS = 31;
const dayNumber = (year: number, p: ParsedDate) => Date.UTC(year, p.month! - 1, p.day!) / 86400000;

/**
 * "On the same day last year, … killed 11", "In March, gunmen killed 50": a figure dated
 * to a month or year that does not hold the anchor, or to a day more than a month
 * before it, is an earlier event.
 */
export const earlierDate: BackgroundRule = (f, anchor) => {
  const p = f.parsed;
  if (!p || !anchor || p.week !== null || anchor.week !== null || compatible(p, anchor)) return false;
  if (p.year !== null && anchor.year !== null && p.year !== anchor.year) return p.year < anchor.year;
  if (p.month === null || anchor.month === null) return false;
  if (p.day === null || anchor.day === null) return p.month < anchor.month;
  // Same year, or one of them unknown: compare within one (leap) year.
  const year = p.year ?? anchor.year ?? 2000;
  return dayNumber(year, anchor) - dayNumber(year, p) > RECENT_DAYS;
};

export const BACKGROUND_RULES: Array<[string, BackgroundRule]> = [
  ['runningTotal', runningTotal],
  ['recalledEvent', recalledEvent],
  ['earlierDate', earlierDate],
];

export const isBackground = (f: Figure, anchor: ParsedDate | null): boolean =>
  BACKGROUND_RULES.some(([, rule]) => rule(f, anchor));

