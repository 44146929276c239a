// Recognises page furniture (ads, link rows, share prompts) and repeated lines,
// so that extractors never read them. The word lists are data.
import data from './data/boilerplate.json' with { type: 'json' };
import { isMediaName } from './outlets.js';

const exact = new Set(data.exact.map((s) => s.toLowerCase()));
const listHeaders = new Set(data.listHeaders);
const commentHeaders = new Set(data.commentHeaders);
const prefixes = data.prefix.map((s) => s.toLowerCase());
const navigationWords = new Set(data.navigationWords);
const socialPlatforms = new Set(data.socialPlatforms);
const photoCredits = new Set(data.photoCredits.map((s) => s.toLowerCase()));
/** "Follow Dawn on WhatsApp", "Follow us on X": a social prompt naming any outlet. */
const FOLLOW_PROMPT = /^follow [^\n]{1,40} on ([a-z][a-z ]{0,20})$/;
/** "Like us on Facebook, follow @desk on Twitter …": a prompt naming a handle or a platform page. */
const SOCIAL_PROMPT = /^(?:like|follow|join)\b[^\n]{0,120}(?:@\w{2,30}\b|\b(?:us|our \w+) on (?:facebook|twitter|instagram|telegram|whatsapp)\b)/;
/** "Sign up for our newsletter", "Download the TOI app now", "Get the latest news delivered to your inbox". */
const APP_OR_NEWSLETTER_PROMPT = /^(?:sign up|subscribe|get|download|install|register|receive)\b[^\n,;"“”]{0,80}\b(?:newsletters?|inbox|app|alerts)\b(?: now| today| here)?[.!]?$/;

/** "5 min read", "3 minutes read", "Read Time: 2 mins". */
const READING_TIME = /^(?:read(?:ing)? time:? ?)?\d{1,3} ?min(?:ute)?s?\.?(?: read)?$/;
/** A line of hashtags: "#Iraq", "#Sudan #Darfur". */
const HASHTAGS = /^#[\p{L}\p{N}_]{1,60}(?:[ ,]+#[\p{L}\p{N}_]{1,60})*$/u;
/** A bare address: "https://…", "url: https://…", "www.example.org/…", "pic.twitter.com/…". */
const URL_LINE = /^(?:(?:url|link|source)[:\s]\s*)?(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+$/;
/** An embedded post's signature: "— Jane Roe (@janeroe) June 3, 2024". */
const POST_SIGNATURE = /^[—–-]{1,2} ?[^\n()]{1,60}\(@\w{1,30}\) ?[^\n]{0,30}\d{4}$/;
/** "Photo by Jane Roe /AFP", "Photo: Reuters", "Image credit: …". */
const PHOTO_CREDIT = /^(?:photo|image|picture|file photo|photograph)s?(?: credit)?(?: by|:) [^\n]{1,60}$/;
/** "J. Doe—AFP", "Jane Roe/Reuters": a photographer and an agency. */
const CREDIT_WITH_AGENCY = /^\p{Lu}[\p{L}.'’ -]{1,40} ?[—–/] ?(\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}]{1,20})?)$/u;
/** An image file name or slug: "AFP_34GH7Q2.jpg", "GettyImages-1234567". */
const PHOTO_SLUG = /^(?:[\w-]+\.(?:jpe?g|png|gif|webp)|[A-Za-z]{2,}[_-][A-Z\d_-]*\d[A-Z\d_-]*)$/;
const NAVIGATION_SEPARATOR = /^[|»›>/•·–—-]{1,3}$/;

const normalise = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Advertisement!!" → "Advertisement"; a loop, as /[:.!]+$/ is quadratic on a long run of dots. */
function withoutFinalPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ':' || s[end - 1] === '.' || s[end - 1] === '!')) end--;
  return s.slice(0, end);
}

/** A comment's header: "Karim says:", "Jane Roe says:". */
const COMMENT_HEADER = /^[\p{L}.'’ -]{1,40} says:$/u;

/** "Related Stories", "Also read:", "Explore more on these topics": the heading of a list of links. */
export const isListHeader = (line: string) => listHeaders.has(withoutFinalPunctuation(normalise(line)));
/** "Comments", "Leave a Reply", "12 comments", "Karim says:": the start of a comment section. */
export function isCommentHeader(line: string): boolean {
  const bare = withoutFinalPunctuation(normalise(line));
  return commentHeaders.has(bare) || /^\d{1,5} (?:comments?|responses?|replies)$/.test(bare);
}

/** "Karim says:": a comment's author, when a timestamp follows (else it may be a speaker in the story). */
export const isCommentAuthor = (line: string) => COMMENT_HEADER.test(line.trim());

/** Why a line is boilerplate, or null when it is content. */
export function boilerplateReason(line: string): string | null {
  const n = normalise(line);
  if (!n) return null;
  if (exact.has(n)) return `boilerplate: ${n}`;
  const bare = withoutFinalPunctuation(n);
  if (exact.has(bare)) return `boilerplate: ${bare}`;
  if (listHeaders.has(bare) || commentHeaders.has(bare)) return `boilerplate: ${bare}`;
  if (isCommentHeader(line)) return 'boilerplate: comments';
  for (const p of prefixes) if (n.startsWith(p)) return `boilerplate: ${p}`;
  if (READING_TIME.test(n)) return 'boilerplate: reading time';
  const follow = n.length <= 80 ? FOLLOW_PROMPT.exec(bare) : null;
  if (follow && socialPlatforms.has(follow[1]!)) return 'boilerplate: follow prompt';
  if (n.length <= 200 && SOCIAL_PROMPT.test(n)) return 'boilerplate: follow prompt';
  if (APP_OR_NEWSLETTER_PROMPT.test(n)) return 'boilerplate: app or newsletter prompt';
  if (n.length <= 200 && n.includes('all rights reserved')) return 'boilerplate: copyright';
  const trimmed = line.trim();
  if (HASHTAGS.test(trimmed)) return 'boilerplate: hashtags';
  if (URL_LINE.test(n)) return 'boilerplate: address';
  if (POST_SIGNATURE.test(trimmed)) return 'boilerplate: embedded post signature';
  if (isPhotoCredit(trimmed, n)) return 'boilerplate: photo credit';
  if (PHOTO_SLUG.test(trimmed)) return 'boilerplate: photo file name';
  // A navigation row: several short capitalised words, no sentence punctuation,
  // most of them section names; separators ("Home | World", "Home » Asia") count as none.
  const tokens = line.trim().split(/\s+/);
  const words = tokens.filter((w) => !NAVIGATION_SEPARATOR.test(w));
  const minWords = words.length < tokens.length ? 2 : 3;
  if (words.length >= minWords && words.length <= 14 && !/[.,;:!?"“”]/.test(line) && words.every((w) => /^[A-Z0-9]/.test(w))) {
    const nav = words.filter((w) => navigationWords.has(w.toLowerCase())).length;
    if (nav / words.length >= 0.6) return 'boilerplate: navigation';
  }
  return null;
}

function isPhotoCredit(line: string, normalised: string): boolean {
  if (photoCredits.has(normalised) || PHOTO_CREDIT.test(normalised)) return true;
  const agency = CREDIT_WITH_AGENCY.exec(line);
  return agency !== null && (photoCredits.has(agency[1]!.toLowerCase()) || isMediaName(agency[1]!));
}

/** Minimum length for a repeated line to count as a duplicate (short lines repeat legitimately). */
export const DUPLICATE_MIN_LENGTH = 30;
