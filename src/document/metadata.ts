// Title, byline, publication date and wire dateline, read from the article's lines.
import { findFullDate } from '../calendar/fullDate.js';

export interface ContentLine {
  line: number;
  text: string;
}

export interface FoundMetadata {
  title: string | null;
  titleLine: number | null;
  byline: string | null;
  bylineLine: number | null;
  published: string | null;
  publishedLine: number | null;
  dateline: { place: string | null; agency: string | null; line: number; length: number } | null;
}

const BY = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|el|da|and|&))*)/iu;
const DESK = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){0,4}(?:News Desk|Web Desk|Desk|Staff|Bureau|Newsroom|Correspondent|Reporter|Staff Reporter|Agencies))\b/u;
const TIMESTAMP_LINE = /^(?:published|updated|posted|last updated|first published|date)\b/i;
const DATELINE = /^(\p{Lu}[\p{Lu}'’.\- ]{1,40}(?:,\s*\p{Lu}[\p{L}'’.\- ]{1,40})?)\s*(?:\(([^()\n]{2,30})\))?\s*[-–—]\s/u;
const TOP_LINES = 10;

function bylineOf(text: string): string | null {
  if (text.length > 120) return null;
  const by = BY.exec(text);
  if (by) return by[1]!.replace(/\s+(?:and|&)$/i, '').trim();
  const desk = DESK.exec(text);
  return desk ? desk[1]!.trim() : null;
}

/** A date that is most of its line ("October 30, 2025, 13:54:38 IST") reads as a timestamp. */
function isMostlyDate(text: string, index: number, length: number): boolean {
  const rest = (text.slice(0, index) + text.slice(index + length)).replace(/[\d:,|•·\s-]+|\b(?:GMT|UTC|IST|PKT|EST|EDT|CET|BST|AM|PM)\b/gi, '');
  return rest.length <= 12;
}

export function readMetadata(lines: ContentLine[]): FoundMetadata {
  const found: FoundMetadata = { title: null, titleLine: null, byline: null, bylineLine: null, published: null, publishedLine: null, dateline: null };
  const top = lines.slice(0, TOP_LINES);

  for (const { line, text } of lines) {
    const byline = (line <= (top[top.length - 1]?.line ?? 0) || /^by\s/i.test(text)) ? bylineOf(text) : null;
    if (byline && !found.byline) {
      found.byline = byline;
      found.bylineLine = line;
    }
  }

  for (const { line, text } of top) {
    if (text.length > 160 || found.published) continue;
    const date = findFullDate(text);
    if (!date) continue;
    if (line === found.bylineLine || TIMESTAMP_LINE.test(text) || isMostlyDate(text, date.index, date.length)) {
      found.published = date.iso;
      found.publishedLine = line;
    }
  }

  for (const { line, text } of top) {
    if (line === found.bylineLine || line === found.publishedLine || TIMESTAMP_LINE.test(text)) continue;
    if (DATELINE.test(text)) continue;
    const words = text.trim().split(/\s+/).length;
    if (words >= 3 && text.length <= 250) {
      found.title = text.trim();
      found.titleLine = line;
      break;
    }
  }

  for (const { line, text } of lines) {
    const m = DATELINE.exec(text);
    if (!m) continue;
    const head = m[1]!;
    // A dateline's place is in capitals ("MAIDUGURI, Nigeria"), unlike an ordinary sentence start.
    if (!/^\p{Lu}{3,}/u.test(head.replace(/[.'’\- ]/g, ''))) continue;
    const firstWord = head.split(/[ ,]/)[0]!;
    if (firstWord !== firstWord.toUpperCase() || firstWord.length < 3) continue;
    found.dateline = { place: head.trim(), agency: m[2]?.trim() ?? null, line, length: m[0].length };
    break;
  }
  return found;
}
