// Title, byline, publication date and wire dateline, read from the article's lines.
import { findFullDate } from '../calendar/fullDate.js';
import { bareNameByline, bylineOf, unmarkedBylineOf, type ContentLine } from './byline.js';
import { readDateline } from './dateline.js';
import { isOutletName, withoutOutletSuffix } from './outlets.js';
import { TIMESTAMP_LABEL, timestampDate } from './timestamp.js';

export type { ContentLine } from './byline.js';

export interface FoundMetadata {
  title: string | null;
  titleLine: number | null;
  byline: string | null;
  bylineLine: number | null;
  published: string | null;
  publishedLine: number | null;
  dateline: { place: string | null; agency: string | null; line: number; length: number } | null;
  /** A dateline's date: YYYY-MM-DD, or XXXX-MM-DD when it has no year ("MOSUL, Nov 4 (Wire) -"). */
  datelineDate: string | null;
}

const TOP_LINES = 12;
const MAX_MENU_LINES = 30;
/** A line longer than this is a paragraph of the story (captions and standfirsts are shorter). */
const PARAGRAPH_MIN_WORDS = 25;
const UPDATE_LABEL = /^(?:updated|last updated?|modified)\b/i;
const MAX_TITLE_LENGTH = 250;
/** A lede: a sentence of the story (full stop, many words) that is long or reports speech, and not in Title Case. */
const SENTENCE_END = /[.]["”’)\]]?$/;
const SENTENCE_MIN_WORDS = 8;
const LEDE_MIN_LENGTH = 100;
const REPORTING = /\b(?:said|told)\b/;

function isLede(text: string, words: string[]): boolean {
  if (!SENTENCE_END.test(text) || words.length < SENTENCE_MIN_WORDS) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}‘'"“]/u.test(w)).length;
  if (capitalised / words.length >= 0.6) return false;
  return text.length >= LEDE_MIN_LENGTH || REPORTING.test(text);
}

/** The headline: the first line of three words or more that is not a byline, timestamp, dateline or outlet name; none when it is the lede. */
function findTitle(top: ContentLine[], skip: Set<number>): { title: string; line: number } | null {
  for (const { line, text } of top) {
    const trimmed = text.trim();
    if (skip.has(line) || TIMESTAMP_LABEL.test(trimmed) || readDateline(text)) continue;
    const words = trimmed.split(/\s+/);
    if (words.length < 3 || text.length > MAX_TITLE_LENGTH || isOutletName(trimmed)) continue;
    return isLede(trimmed, words) ? null : { title: withoutOutletSuffix(trimmed), line };
  }
  return null;
}

export function readMetadata(lines: ContentLine[]): FoundMetadata {
  const found: FoundMetadata = { title: null, titleLine: null, byline: null, bylineLine: null, published: null, publishedLine: null, dateline: null, datelineDate: null };
  // Single words and pairs above the headline are menus and section labels: the top starts after them.
  const firstLong = lines.findIndex(({ text }) => text.trim().split(/\s+/).length >= 3);
  const skipMenu = firstLong > 0 && firstLong <= MAX_MENU_LINES ? Math.max(0, firstLong - 1) : 0;
  const top = lines.slice(skipMenu, skipMenu + TOP_LINES);
  const lastTopLine = top[top.length - 1]?.line ?? 0;

  for (const { line, text } of lines) {
    const byline = (line <= lastTopLine || /^(?:\w+\s+)?By\s/i.test(text.trim())) ? bylineOf(text) : null;
    if (byline) {
      found.byline = byline;
      found.bylineLine = line;
      break;
    }
  }

  // The original publication: an "Updated" row printed above the "Published" one does not win.
  // The timestamp row sits above the story: a stamp above its first long paragraph wins over a date below it.
  // With none above, a stamp below a standfirst (a teaser paragraph printed before the date row) still counts.
  const storyStart = top.findIndex(({ text }) => text.trim().split(/\s+/).length > PARAGRAPH_MIN_WORDS);
  const stampsIn = (rows: ContentLine[]) => rows
    .map(({ line, text }) => ({ line, text, date: timestampDate(text) ?? (line === found.bylineLine && text.length <= 160 ? findFullDate(text) : null) }))
    .filter((s) => s.date !== null);
  const aboveStory = stampsIn(storyStart >= 0 ? top.slice(0, storyStart) : top);
  const stamps = aboveStory.length > 0 ? aboveStory : stampsIn(top);
  const stamp = stamps.find((s) => !UPDATE_LABEL.test(s.text.trim())) ?? stamps[0];
  if (stamp) {
    found.published = stamp.date!.iso;
    found.publishedLine = stamp.line;
  }

  const title = findTitle(top, new Set([found.bylineLine, found.publishedLine].filter((l): l is number => l !== null)));
  if (title) {
    found.title = title.title;
    found.titleLine = title.line;
  }

  if (!found.byline) {
    const unmarked = top.find(({ line, text }) => line !== found.titleLine && unmarkedBylineOf(text));
    const bare = unmarked ? { line: unmarked.line, name: unmarkedBylineOf(unmarked.text)! } : bareNameByline(top, found.titleLine);
    if (bare) {
      found.byline = bare.name;
      found.bylineLine = bare.line;
    }
  }

  for (const { line, text } of lines) {
    if (line === found.titleLine || line === found.bylineLine || line === found.publishedLine) continue;
    const dateline = readDateline(text);
    if (!dateline) continue;
    found.dateline = { place: dateline.place, agency: dateline.agency, line, length: dateline.length };
    if (line <= lastTopLine) found.datelineDate = dateline.date;
    break;
  }
  // A dateline that carries the full date gives the publication date when no timestamp does.
  if (!found.published && found.datelineDate && !found.datelineDate.startsWith('X')) found.published = found.datelineDate;
  return found;
}
