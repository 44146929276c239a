// Scare quotes and titles are not speech: "the so-called “buffer zone”", a one- or
// two-word quotation nobody is said to have said.
import { TERM_MARKERS } from '../attribution/lexicon.js';
import type { FrameToken } from '../attribution/index.js';

export const MAX_TERM_WORDS = 2;
const MAX_MARKED_TERM_WORDS = 5;
const MARKER_WINDOW = 3;

export const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** The quotation is preceded by "so-called", "known as", "the term" … */
export function markedAsTerm(tokens: FrameToken[], token: number): boolean {
  const before = tokens.slice(Math.max(0, token - MARKER_WINDOW), token).filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase());
  for (let k = 0; k < before.length; k++) {
    const tail = before.slice(k).join(' ');
    if (TERM_MARKERS.includes(tail)) return true;
  }
  return false;
}

/** A term: marked as one, or short with no reporting verb, speech noun or neighbouring quotation to make it speech. */
export function isTerm(text: string, tokens: FrameToken[], token: number, firm: boolean): boolean {
  const words = wordCount(text);
  if (words <= MAX_MARKED_TERM_WORDS && markedAsTerm(tokens, token)) return true;
  return words <= MAX_TERM_WORDS && !firm;
}
