// A page's timestamp row: the line that gives when the story was published, in the forms
// pages print ("Published: 14 Feb 2020 08:10 PM PKT Updated: …", "March 3, 2025 5:18 PM GMT+3
// Updated 2 hours ago", "Source: Xinhua| 2019-11-02 10:15:30|Editor: huaxia"). The first date
// on the row is the original publication; later ones are updates.
import { findFullDate, type FoundDate } from '../calendar/fullDate.js';
import { TIME_ZONES } from '../lexicon/index.js';

/** A line that opens with a timestamp label, or a crawler's field ("date 2019-11-02", "published: …"). */
export const TIMESTAMP_LABEL = /^(?:published|publish date|updated|posted|last updated?|first published|issued|modified|date)\b/i;
const MAX_TIMESTAMP_LENGTH = 160;
/** What a timestamp row holds besides its dates: clock times, zones, weekdays, labels. */
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?/gi;
/** The dates extractor's zones, and the short US forms ("5:12 p.m. ET") a timestamp row prints. */
const ZONE = new RegExp(`\\b(?:${[...TIME_ZONES.filter((z) => /^[A-Z]+$/.test(z)), 'ET', 'PT'].join('|')})(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\b`, 'g');
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/gi;
const LABEL_WORDS = /\b(?:published|publish|updated?|posted|last|first|issued|modified|date|time|on|at|ago|hours?|mins?|minutes?|seconds?|days?|am|pm)\b/gi;
/** Letters left over that still make a timestamp row: a place ("LAGOS"), an agency, an editor's name. */
const MAX_LEFTOVER = 12;
const FIELD_SEPARATOR = /\s*[|•·]\s*/;

function leftover(text: string): string {
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const date = findFullDate(rest);
    if (!date) break;
    rest = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.length);
  }
  return rest.replace(CLOCK, ' ').replace(ZONE, ' ').replace(WEEKDAY, ' ').replace(LABEL_WORDS, ' ').replace(/[^\p{L}]+/gu, '');
}

/** Words of a short photo caption ("File photo, March 3, 2019"): a caption's date is never the publication's. */
const CAPTION_WORDS = /\b(?:photo|photos|file|image|picture|caption|credit|pic)\b/i;

/** A date that is most of its line ("October 30, 2025, 13:54:38 IST") or of one of its fields. */
export function isMostlyDate(text: string): boolean {
  if (text.length > MAX_TIMESTAMP_LENGTH || !findFullDate(text) || CAPTION_WORDS.test(text)) return false;
  if (leftover(text).length <= MAX_LEFTOVER) return true;
  return text.split(FIELD_SEPARATOR).some((field) => findFullDate(field) !== null && leftover(field).length <= MAX_LEFTOVER);
}

/** The publication date of a timestamp row, or null when the line is not one. */
export function timestampDate(text: string): FoundDate | null {
  if (text.length > MAX_TIMESTAMP_LENGTH) return null;
  const date = findFullDate(text);
  if (!date) return null;
  return TIMESTAMP_LABEL.test(text.trim()) || isMostlyDate(text) ? date : null;
}
