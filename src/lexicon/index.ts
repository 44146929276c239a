// The shared word lists: each list has one owner (this folder), one meaning and one name,
// and every part of the project that needs it imports it from here rather than keeping
// its own copy. The words are data (`data/*.json`); this module names and documents them.
// Lists that are one rule's private pattern stay beside that rule, marked as such.
import media from './data/media.json' with { type: 'json' };
import timezones from './data/timezones.json' with { type: 'json' };

export interface ListedOutlet {
  name: string;
  aliases: string[];
  country: string | null;
  code?: string;
}

/**
 * News outlets and agencies under all their names. Actors reports them as `media`
 * actors; the page reader (`document/outlets.ts`) recognises them on title and byline rows.
 */
export const MEDIA_OUTLETS: readonly ListedOutlet[] = media;

/**
 * Time-zone abbreviations written after a clock time ("10:30 GMT"), and "local time".
 * Dates reads them as part of a time; the page reader reads them in timestamps.
 */
export const TIME_ZONES: readonly string[] = timezones;
