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
const UPDATE_LABEL = /^(?:updated|last updated?|modified)\b/i;
const MAX_TITLE_LENGTH = 250;
/** A line that reads as a sentence of the story: it ends with a full stop and has many words. */
const SENTENCE_END = /[.]["”’)\]]?$/;
const SENTENCE_MIN_WORDS = 8;
/** A first line this long that reads as a sentence is the lede: the text has no headline. */
const LEDE_MIN_LENGTH = 100;

const isSentenceLike = (text: string, words: number) => SENTENCE_END.test(text) && words >= SENTENCE_MIN_WORDS;

/** The headline: the first line of three words or more that is not a byline, timestamp, dateline, outlet name or sentence. */
function findTitle(top: ContentLine[], skip: Set<number>): { title: string; line: number } | null {
  let candidates = 0;
  for (const { line, text } of top) {
    const trimmed = text.trim();
    if (skip.has(line) || TIMESTAMP_LABEL.test(trimmed) || readDateline(text)) continue;
    const words = trimmed.split(/\s+/).length;
    if (words < 3 || text.length > MAX_TITLE_LENGTH || isOutletName(trimmed)) continue;
    candidates++;
    if (isSentenceLike(trimmed, words)) {
      if (candidates === 1 && trimmed.length >= LEDE_MIN_LENGTH) return null;
      continue;
    }
    return { title: withoutOutletSuffix(trimmed), line };
  }
  return null;
}

export function readMetadata(lines: ContentLine[]): FoundMetadata {
  const found: FoundMetadata = { title: null, titleLine: null, byline: null, bylineLine: null, published: null, publishedLine: null, dateline: null, datelineDate: null };
  const top = lines.slice(0, TOP_LINES);
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
  const stamps = top
    .map(({ line, text }) => ({ line, text, date: timestampDate(text) ?? (line === found.bylineLine && text.length <= 160 ? findFullDate(text) : null) }))
    .filter((s) => s.date !== null);
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
