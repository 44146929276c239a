// Bylines as pages print them: "By Jane Roe | Updated …", "By X and Y", "Jane Roe in Tripoli",
// "By the Newsroom Staff", "FP News Desk", an author card run together with a role
// ("Jane DoeSenior Reporter"), a bare name beside a timestamp. An agency alone is no byline.
import { isMediaName, isOutletName } from './outlets.js';
import { isMostlyDate, TIMESTAMP_LABEL } from './timestamp.js';

export interface ContentLine {
  line: number;
  text: string;
}

/** "FP News Desk", "Our Correspondent", "Star Online Report" ("Report" needs a name before it). */
const DESK = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){0,4}(?:News Desk|Web Desk|Desk|Staff|Bureau|Newsroom|Correspondent|Reporter|Staff Reporter|Agencies)|(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){1,4}Report)\b/u;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const NAME_CONNECTOR = /^(?:de|van|von|al|bin|el|da|and|&)$/;
/** Words that follow a name in a byline but are not part of it ("By Jane Roe Updated March 4"). */
export const NOT_A_NAME = /^(?:updated|published|posted|last|on|the|a|an|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** What may follow a byline's name on its line: nothing, a separator, a date or time, "in Kabul", "with AP". */
const AFTER_BYLINE = /^(?:$|[|,•·–—\-/(]|\d|(?:in|for|from)\s+\p{Lu}|with\s+\p{Lu}|(?:updated|published|posted|last)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu;
const MAX_NAME_WORDS = 8;
const MAX_BYLINE_LENGTH = 120;

/** "Written by", "Reported by", "Story by", "Author:" open a byline as "By" does. */
const BY_LEAD = /^(?:written|reported|story|words|text|reporting)\s+(?=by\s)/i;
/** "Author Anna Becker", "Author: Anna Becker". */
const AUTHOR_LEAD = /^authors?:?\s+(?=\p{Lu})/iu;
/** A byline line may hold several fields: "Posted Saturday, July 12, 2025 | By Jane Roe". */
const FIELD_SEPARATOR = /\s*[|•·]\s*|\s+\/\s+/;
/** "By the Newsroom Staff", "By the Web Desk". */
const BY_THE = /^by\s+the\s+/i;
/** An author card: the name run together with the role under it ("Jane DoeSenior Reporter"). */
const AUTHOR_CARD = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}?\p{Ll})(?:(?:Senior|Chief|Staff|Special|Political|Foreign|Deputy|Managing|Contributing|Associate|News|Investigative|Data|Health|Security|Defence|Defense|Diplomatic|Economics|Business) )*(?:Reporter|Correspondent|Editor|Writer|Journalist|Contributor|Columnist|Producer|Analyst)$/u;
/** "Jason Burke in Nairobi": a reporter and where they file from. */
const NAME_IN_PLACE = /^(\p{Lu}[\p{L}'’.-]{0,30}(?: (?:de|van|von|al|bin|el|da|\p{Lu}[\p{L}'’.-]{0,30})){1,3}) in \p{Lu}[\p{L}'’.-]{1,30}(?:,? \p{Lu}[\p{L}'’.-]{1,30}){0,2}$/u;

/** "By Jane Roe | Updated …" → "Jane Roe"; null when "By" opens a sentence ("By Monday, the army…"). */
function nameAfterBy(text: string): string | null {
  const by = /^[Bb][Yy]\s+/.exec(text);
  if (!by) return null;
  if (BY_THE.test(text)) {
    const desk = deskOf(text.replace(BY_THE, ''));
    if (desk) return desk;
  }
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

function deskOf(text: string): string | null {
  const desk = DESK.exec(text);
  return desk && AFTER_BYLINE.test(text.slice(desk[0].length).trim()) ? desk[1]!.trim() : null;
}

/** A byline's name, unless it is only an agency ("By AFP", "Reuters"). */
const notAgency = (name: string | null) => (name && !name.split(/\s+(?:and|&)\s+|,\s*/).every(isMediaName) ? name : null);

/** The byline a line gives, or null. */
export function bylineOf(text: string): string | null {
  if (text.length > MAX_BYLINE_LENGTH) return null;
  const trimmed = text.trim();
  const fields = trimmed.split(FIELD_SEPARATOR).map((f) => f.trim());
  for (const field of fields) {
    const byName = notAgency(nameAfterBy(field.replace(BY_LEAD, '').replace(AUTHOR_LEAD, 'By ')));
    if (byName) return byName;
  }
  // "Posted on April 8, 2019 by Jane Roe": the name after a timestamp.
  const byAfterDate = /\sby\s+(?=\p{Lu})/u.exec(trimmed);
  if (byAfterDate && isMostlyDate(trimmed.slice(0, byAfterDate.index))) {
    const name = notAgency(nameAfterBy(trimmed.slice(byAfterDate.index + 1)));
    if (name) return name;
  }
  const card = AUTHOR_CARD.exec(trimmed);
  if (card) return card[1]!;
  return notAgency(deskOf(trimmed));
}

/**
 * A byline with no "By" that a Title Case headline could also look like ("Jane Roe in Tripoli",
 * "Jane Roe, Reuters"):
 * read only on lines other than the headline.
 */
export function unmarkedBylineOf(text: string): string | null {
  const trimmed = text.trim();
  const inPlace = NAME_IN_PLACE.exec(trimmed);
  if (inPlace && isBareName(inPlace[1]!)) return inPlace[1]!;
  // "Jane Roe, Reuters": a name and the outlet it writes for.
  const comma = trimmed.indexOf(', ');
  const [name, outlet] = comma > 0 ? [trimmed.slice(0, comma), trimmed.slice(comma + 2)] : ['', ''];
  return name && isBareName(name) && isOutletName(outlet) ? name : null;
}

/** A line that is only a person's name: 2–4 capitalised words, particles allowed ("Clara Moreau"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?: (?:de|van|von|al|bin|el|da|\p{Lu}[\p{L}'’.-]{0,30})){1,3}$/u;
/** Page furniture in title case that is not a name ("Share Save", "Live Updates"). */
const NOT_NAME_WORDS = /^(?:share|save|print|home|news|live|updates?|image|video|photo|watch|listen|menu|latest|breaking|world|opinion|analysis|follow|read|later|copy|link|police|army|forces?|troops|rebels|fighters|militants|protesters)$/i;
/** The line under a bare-name byline in many house styles: "BBC News, Port-au-Prince", "Staff Reporter". */
const OUTLET_LINE = /^(?:[\p{Lu}][\p{L}&.'’-]*\s){0,3}(?:News|Reporter|Correspondent|Bureau|Desk|Staff|Writer|Editor|Service)\b/u;
/** A line of one to four capitalised words and commas: a reporter's place under the name. */
const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:,? \p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

const isTimestamp = (text: string) => TIMESTAMP_LABEL.test(text) || isMostlyDate(text);
const isBareName = (name: string) => BARE_NAME.test(name) && !isMediaName(name) && !name.split(' ').some((w) => NOT_NAME_WORDS.test(w) || NOT_A_NAME.test(w));

/**
 * A bare name is a byline only beside a timestamp or an outlet line: alone, two
 * capitalised words could as well be a kicker or a section name.
 */
export function bareNameByline(top: ContentLine[], titleLine: number | null): { line: number; name: string } | null {
  // From the second line: the first is the headline even when too short to be read as one.
  for (let i = 1; i < top.length; i++) {
    const { line, text } = top[i]!;
    const trimmed = text.trim();
    if (line === titleLine) continue;
    // "Kemal Aydin |14.03.2016 - Update : 15.03.2016": a name field on a timestamp row.
    const fields = trimmed.split(FIELD_SEPARATOR);
    if (fields.length > 1 && isBareName(fields[0]!.trim()) && isTimestamp(fields.slice(1).join(' | '))) return { line, name: fields[0]!.trim() };
    if (!isBareName(trimmed)) continue;
    const [before, next, afterNext] = [top[i - 1]?.text, top[i + 1]?.text, top[i + 2]?.text].map((t) => t?.trim() ?? '');
    // A short place line may sit between the name and the timestamp ("Beirut, Lebanon", "SRINAGAR").
    const neighbours = [before, next, PLACE_LINE.test(next!) ? afterNext : ''].filter((t): t is string => Boolean(t));
    if (neighbours.some((t) => isTimestamp(t) || OUTLET_LINE.test(t))) return { line, name: trimmed };
  }
  return null;
}
