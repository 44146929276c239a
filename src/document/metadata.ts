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

const DESK = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){0,4}(?:News Desk|Web Desk|Desk|Staff|Bureau|Newsroom|Correspondent|Reporter|Staff Reporter|Agencies))\b/u;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const NAME_CONNECTOR = /^(?:de|van|von|al|bin|el|da|and|&)$/;
/** Words that follow a name in a byline but are not part of it ("By Jane Roe Updated March 4"). */
const NOT_A_NAME = /^(?:updated|published|posted|last|on|the|a|an|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** What may follow a byline's name on its line: nothing, a separator, a date or time, "in Kabul". */
const AFTER_BYLINE = /^(?:$|[|,•·–—\-/(]|\d|(?:in|for|from)\s+\p{Lu}|(?:updated|published|posted|last)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu;
const MAX_NAME_WORDS = 8;

/** "By Jane Roe | Updated …" → "Jane Roe"; null when "By" opens a sentence ("By Monday, the army…"). */
function nameAfterBy(text: string): string | null {
  const by = /^[Bb][Yy]\s+/.exec(text);
  if (!by) return null;
  const tokens = text.slice(by[0].length).split(/\s+/);
  const name: string[] = [];
  let used = 0;
  for (const token of tokens) {
    const word = token.replace(/,$/, '');
    const isName = NAME_WORD.test(word) && !NOT_A_NAME.test(word);
    if (!isName && !(name.length && NAME_CONNECTOR.test(word))) break;
    name.push(word);
    used++;
    if (word !== token || name.length >= MAX_NAME_WORDS) break;
  }
  while (name.length && NAME_CONNECTOR.test(name[name.length - 1]!)) {
    name.pop();
    used--;
  }
  if (!name.length) return null;
  const rest = tokens.slice(used).join(' ');
  const endedWithComma = tokens[used - 1]?.endsWith(',') ?? false;
  return endedWithComma || AFTER_BYLINE.test(rest) ? name.join(' ') : null;
}
const TIMESTAMP_LINE = /^(?:published|updated|posted|last updated|first published|issued|modified|date)\b/i;
// Bounded spaces: two unbounded \s* around an optional group backtrack cubically on a
// capitalised word followed by thousands of spaces.
const DATELINE = /^(\p{Lu}[\p{Lu}'’.\- ]{1,40}(?:,[ \t]{0,3}\p{Lu}[\p{L}'’.\- ]{1,40})?)[ \t]{0,3}(?:\(([^()\n]{2,30})\))?[ \t]{0,3}[-–—][ \t\u00a0]/u;
const TOP_LINES = 10;

/** "Written by", "Reported by", "Story by" open a byline as "By" does. */
const BY_LEAD = /^(?:written|reported|story|words|text|reporting)\s+(?=by\s)/i;
/** A byline line may hold several fields: "Posted Saturday, July 12, 2025 | By Jane Roe". */
const FIELD_SEPARATOR = /\s[|•·]\s/;

/** A line that is only a person's name: 2–4 capitalised words, particles allowed ("Clara Moreau"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?: (?:de|van|von|al|bin|el|da|\p{Lu}[\p{L}'’.-]{0,30})){1,3}$/u;
/** Page furniture in title case that is not a name ("Share Save", "Live Updates"). */
const NOT_NAME_WORDS = /^(?:share|save|print|home|news|live|updates?|image|video|photo|watch|listen|menu|latest|breaking|world|opinion|analysis|follow|read|later|copy|link)$/i;
/** The line under a bare-name byline in many house styles: "BBC News, Port-au-Prince", "Staff Reporter". */
const OUTLET_LINE = /^(?:[\p{Lu}][\p{L}&.'’-]*\s){0,3}(?:News|Reporter|Correspondent|Bureau|Desk|Staff|Writer|Editor|Service)\b/u;

/** A line of one to four capitalised words and commas: a reporter's place under the name. */
const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:,? \p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

/**
 * A bare name is a byline only beside a timestamp or an outlet line: alone, two
 * capitalised words could as well be a kicker or a section name.
 */
function bareNameByline(top: ContentLine[], titleLine: number | null): { line: number; name: string } | null {
  const isTimestamp = (text: string) => {
    if (TIMESTAMP_LINE.test(text)) return true;
    const date = text.length <= 160 ? findFullDate(text) : null;
    return date !== null && isMostlyDate(text, date.index, date.length);
  };
  // From the second line: the first is the headline even when too short to be read as one.
  for (let i = 1; i < top.length; i++) {
    const { line, text } = top[i]!;
    const name = text.trim();
    if (line === titleLine || !BARE_NAME.test(name) || name.split(' ').some((w) => NOT_NAME_WORDS.test(w) || NOT_A_NAME.test(w))) continue;
    const [before, next, afterNext] = [top[i - 1]?.text, top[i + 1]?.text, top[i + 2]?.text].map((t) => t?.trim() ?? '');
    // A short place line may sit between the name and the timestamp ("Beirut, Lebanon", "SRINAGAR").
    const neighbours = [before, next, PLACE_LINE.test(next!) ? afterNext : ''].filter((t): t is string => Boolean(t));
    if (neighbours.some((t) => isTimestamp(t) || OUTLET_LINE.test(t))) return { line, name };
  }
  return null;
}

function bylineOf(text: string): string | null {
  if (text.length > 120) return null;
  const trimmed = text.trim();
  for (const field of trimmed.split(FIELD_SEPARATOR)) {
    const byName = nameAfterBy(field.trim().replace(BY_LEAD, ''));
    if (byName) return byName;
  }
  const desk = DESK.exec(trimmed);
  return desk && AFTER_BYLINE.test(trimmed.slice(desk[0].length).trim()) ? desk[1]!.trim() : null;
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
    const byline = (line <= (top[top.length - 1]?.line ?? 0) || /^(?:\w+\s+)?By\s/i.test(text.trim())) ? bylineOf(text) : null;
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

  if (!found.byline) {
    const bare = bareNameByline(top, found.titleLine);
    if (bare) {
      found.byline = bare.name;
      found.bylineLine = bare.line;
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
