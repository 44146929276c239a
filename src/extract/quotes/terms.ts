// Scare quotes, names and titles are not speech: "the so-called “buffer zone”", a one-
// or two-word quotation nobody is said to have said, a nickname inside a name
// (Renel “Ti Kabrit” Destin), a gloss in brackets (Viv Ansanm (“Living Together”)), a
// name in title case (a rival “Government of Peace and Unity”).
import figureWords from './data/figure-words.json' with { type: 'json' };
import { isReportingVerb } from '../../lexicon/reportingVerbs.js';
import { TERM_MARKERS } from '../attribution/lexicon.js';
import type { FrameToken } from '../attribution/index.js';

export const MAX_TERM_WORDS = 2;
const MAX_MARKED_TERM_WORDS = 5;
const MAX_NAME_WORDS = 6;
const MAX_NICKNAME_WORDS = 3;
const MARKER_WINDOW = 3;
const FIGURE_WORDS = new Set(figureWords.words);
/** Lower-case words a title-case name may hold ("Government of Peace and Unity"). */
const NAME_FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'a', 'an', 'to', 'at', 'by', 'with', 'or', 'de', 'al', 'el', 'la', 'du', 'des']);

const WORDS = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
const wordsOf = (text: string): string[] => text.match(WORDS) ?? [];
export const wordCount = (text: string): number => wordsOf(text).length;

/** The quotation is preceded by "so-called", "known as", "the term" … */
export function markedAsTerm(tokens: FrameToken[], token: number): boolean {
  const before = tokens.slice(Math.max(0, token - MARKER_WINDOW), token).filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase());
  for (let k = 0; k < before.length; k++) {
    const tail = before.slice(k).join(' ');
    if (TERM_MARKERS.includes(tail)) return true;
  }
  return false;
}

/** "nearly 40", "hundreds": a figure someone gave. */
export const carriesFigure = (words: string[]): boolean => words.some((w) => /\p{N}/u.test(w) || FIGURE_WORDS.has(w.toLowerCase()));

/** A name rather than words spoken: a nickname between the parts of a name, a bracketed gloss, or title case with no sentence punctuation. */
export function looksLikeName(text: string, words: string[], tokens: FrameToken[], token: number): boolean {
  const before = tokens[token - 1];
  const after = tokens[token + 1];
  if (/[.,;:!?…]/u.test(text)) return false;
  if (before?.kind === 'word' && before.cap && after?.kind === 'word' && after.cap && words.length <= MAX_NICKNAME_WORDS) return true;
  if (before?.text === '(' && after?.text === ')') return true;
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  // Straight after a reporting verb or its colon it is said, even in title case: chanted “Stop the War”.
  if (before?.kind === 'punct' ? before.text === ':' : before !== undefined && isReportingVerb(before.lower)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_FUNCTION_WORDS.has(w)) && /^\p{Lu}/u.test(words[words.length - 1]!);
}

/** A term: marked as one, a name, or short with no reporting verb, speech noun or neighbouring quotation to make it speech. */
export function isTerm(text: string, tokens: FrameToken[], token: number, firm: boolean, { headline = false } = {}): boolean {
  const words = wordsOf(text);
  if (words.length <= MAX_MARKED_TERM_WORDS && markedAsTerm(tokens, token)) return true;
  if (!headline && looksLikeName(text, words, tokens, token)) return true;
  return words.length <= MAX_TERM_WORDS && !firm && !carriesFigure(words);
}
