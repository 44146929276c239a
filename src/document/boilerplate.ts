// Recognises page furniture (ads, link rows, share prompts) and repeated lines,
// so that extractors never read them. The word lists are data.
import data from './data/boilerplate.json' with { type: 'json' };

const exact = new Set(data.exact.map((s) => s.toLowerCase()));
const prefixes = data.prefix.map((s) => s.toLowerCase());
const navigationWords = new Set(data.navigationWords);
const socialPlatforms = new Set(data.socialPlatforms);
/** "Follow Dawn on WhatsApp", "Follow us on X": a social prompt naming any outlet. */
const FOLLOW_PROMPT = /^follow [^\n]{1,40} on ([a-z][a-z ]{0,20})$/;

/** "5 min read", "3 minutes read". */
const READING_TIME = /^\d{1,3} ?min(?:ute)?s?\.? read$/;
const NAVIGATION_SEPARATOR = /^[|»›>/•·–—-]{1,3}$/;

const normalise = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Advertisement!!" → "Advertisement"; a loop, as /[:.!]+$/ is quadratic on a long run of dots. */
function withoutFinalPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ':' || s[end - 1] === '.' || s[end - 1] === '!')) end--;
  return s.slice(0, end);
}

/** Why a line is boilerplate, or null when it is content. */
export function boilerplateReason(line: string): string | null {
  const n = normalise(line);
  if (!n) return null;
  if (exact.has(n)) return `boilerplate: ${n}`;
  const bare = withoutFinalPunctuation(n);
  if (exact.has(bare)) return `boilerplate: ${bare}`;
  for (const p of prefixes) if (n.startsWith(p)) return `boilerplate: ${p}`;
  if (READING_TIME.test(n)) return 'boilerplate: reading time';
  const follow = n.length <= 80 ? FOLLOW_PROMPT.exec(bare) : null;
  if (follow && socialPlatforms.has(follow[1]!)) return 'boilerplate: follow prompt';
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

/** Minimum length for a repeated line to count as a duplicate (short lines repeat legitimately). */
export const DUPLICATE_MIN_LENGTH = 30;
