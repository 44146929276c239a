// Is a figure background, an event the article recalls rather than reports? Each rule
// looks at one figure and the incident's anchor date (the date of the first reported
// figure); the first that fires gives the reason.
import { compatible, type ParsedDate } from '../../../timeline/dateValue.js';
import type { Figure } from '../figure.js';
import { lexicon } from '../lexicon.js';

/** `anchor`: the date of the first reported figure, else the document's reference date. */
export type BackgroundRule = (figure: Figure, anchor: ParsedDate | null) => boolean;

/** Days before the anchor beyond which a dated figure is another, earlier event. */
const RECENT_DAYS = 31;
const dayNumber = (year: number, p: ParsedDate) => Date.UTC(year, p.month! - 1, p.day!) / 86400000;

/**
 * "Clashes since Monday have killed 40", "40 people have been killed since 12 June": a
 * count from a recent day is the toll of the event being reported, not a running total of
 * a conflict. An unresolved day ("since Monday" with no reference date) is recent.
 */
function countsFromRecentDay(f: Figure, anchor: ParsedDate | null): boolean {
  if (f.since === undefined) return false;
  if (f.since === null) return true;
  if (f.since.precision < 3) return false;
  if (!anchor || anchor.day === null || anchor.month === null) return true;
  const year = f.since.year ?? anchor.year ?? 2000;
  const days = dayNumber(anchor.year ?? year, anchor) - dayNumber(year, f.since);
  return days >= 0 && days <= RECENT_DAYS;
}

/** "The insurgency has killed 6,000 people since 2012": a running total (casualties' scope). */
export const runningTotal: BackgroundRule = (f, anchor) => f.item.scope === 'cumulative' && !countsFromRecentDay(f, anchor);

const SINCE_WORD = /\bsince\b/gi;

/** "a year after a bombing killed 300", "a similar bomb killed 11": a cue in the figure's phrase. */
export const recalledEvent: BackgroundRule = (f, anchor) =>
  lexicon.background.test(countsFromRecentDay(f, anchor) ? f.lead.replace(SINCE_WORD, '') : f.lead);

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

/** `reference`: the document's reference date, which stands in for a missing anchor only to tell a recent "since" day. */
export const isBackground = (f: Figure, anchor: ParsedDate | null, reference: ParsedDate | null): boolean =>
  BACKGROUND_RULES.some(([name, rule]) => rule(f, name === 'earlierDate' ? anchor : anchor ?? reference));

