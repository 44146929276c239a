// The one compromise parse of a document, flattened into tokens with UTF-16 offsets.
import nlp from 'compromise';
import { repairTags } from './tagRepairs.js';
import type { Tagger } from './tagger.js';

export type { Tagger } from './tagger.js';

export interface Token {
  /** Position in the document's token list. */
  index: number;
  text: string;
  normal: string;
  /** Punctuation and spaces before and after the word, as compromise splits them. */
  pre: string;
  post: string;
  /** UTF-16 offsets of the word itself (without pre/post). */
  start: number;
  end: number;
  tags: Set<string>;
  /** Index of compromise's sentence the token belongs to. */
  sentence: number;
}

export type NlpView = ReturnType<typeof nlp>;

// nlp(text) runs every compute hook. Two of them cost most and matter least here:
// 'chunks' (phrase chunking) is read by no extractor; 'postTagger' (hundreds of
// context patterns that correct the lexicon's first guess) is ~60% of the parse,
// while the extractors lean on their own word lists. The 'fast' tagger skips both
// and repairs the few guesses the extractors do depend on (tagRepairs.ts); 'full'
// skips only the chunks. nlp.tokenize() has run the first hooks already.
const TOKENIZE_HOOKS = new Set(['contractions', 'alias', 'machine']);
const ALL_HOOKS = (nlp as unknown as { world(): { hooks: string[] } }).world().hooks.filter((hook) => !TOKENIZE_HOOKS.has(hook));
const HOOKS: Record<Tagger, string[]> = {
  full: ALL_HOOKS.filter((hook) => hook !== 'chunks'),
  fast: ALL_HOOKS.filter((hook) => hook !== 'chunks' && hook !== 'postTagger'),
};

/** compromise's tagged parse of `text` (see Tagger). */
export function tag(text: string, tagger: Tagger = 'fast'): NlpView {
  const view = nlp.tokenize(text);
  view.compute(HOOKS[tagger]);
  return view;
}

interface RawTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Where to cut a long text: the last paragraph break, else line break, else space, before `limit`. */
export function cutPoint(text: string, from: number, limit: number): number {
  const hardEnd = Math.min(text.length, from + limit);
  if (hardEnd >= text.length) return text.length;
  const window = text.slice(from, hardEnd);
  for (const separator of ['\n\n', '\r\n\r\n', '\n', '\r', '. ', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > limit / 4) return from + at + separator.length;
  }
  // No separator at all (one enormous word): cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(hardEnd - 1);
  return code >= 0xd800 && code <= 0xdbff ? hardEnd - 1 : hardEnd;
}

/**
 * Flattens compromise's terms into tokens. Offsets come from walking the text with
 * each term's own characters: cheaper than compromise's compute('offset'), and it
 * cannot drift, since a term that is not found where expected is left out.
 */
function collect(view: NlpView, text: string, shift: number, end: number, tokens: Token[], sentenceShift: number): number {
  const document = (view as unknown as { document: RawTerm[][] }).document;
  let cursor = shift;
  document.forEach((sentence, s) => {
    for (const term of sentence) {
      if (!term.text) continue;
      const start = text.indexOf(term.text, cursor);
      // compromise drops only punctuation and spaces between terms, never words.
      if (start < 0 || start >= end || (start - cursor > term.pre.length + 64 && !onlySeparators(text, cursor, start))) continue;
      const stop = start + term.text.length;
      tokens.push({ index: tokens.length, text: term.text, normal: term.normal, pre: term.pre, post: term.post, start, end: stop, tags: term.tags, sentence: s + sentenceShift });
      cursor = stop;
    }
  });
  return document.length;
}

/** True when text[from, to) has no letter or digit: blanked skipped lines, runs of spaces or punctuation. */
function onlySeparators(text: string, from: number, to: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(from, to));
}

export interface Parsed {
  /** The compromise View of the whole text, or null when it was parsed in parts. */
  view: NlpView | null;
  tokens: Token[];
  parts: number;
}

/** compromise slows down super-linearly on one enormous sentence ("A. B. C. …" × 10,000). */
const LONG_LINE = 5000;
/** Part size when a text has such a line: parts cut at a sentence end or space. */
const LONG_LINE_PART = 4000;

/** Length of the longest stretch of the text without a line break. */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return Math.max(longest, text.length - start);
}

/**
 * Parses the text with compromise once. A text longer than `maxChars` is parsed in
 * parts cut at paragraph boundaries, so one huge file cannot exhaust memory; a text
 * with a line longer than LONG_LINE in small parts, so a run-on line stays linear.
 * Token offsets still refer to the whole text.
 */
export function parse(text: string, maxChars = Infinity, tagger: Tagger = 'fast'): Parsed {
  const parsed = parseWith(text, maxChars, tagger);
  repairTags(parsed.tokens, tagger);
  return parsed;
}

function parseWith(text: string, maxChars: number, tagger: Tagger): Parsed {
  const tokens: Token[] = [];
  const limit = longestLine(text) > LONG_LINE ? Math.min(maxChars, LONG_LINE_PART) : maxChars;
  if (text.length <= limit) {
    const view = tag(text, tagger);
    collect(view, text, 0, text.length, tokens, 0);
    return { view, tokens, parts: 1 };
  }
  let from = 0;
  let parts = 0;
  let sentences = 0;
  while (from < text.length) {
    const to = cutPoint(text, from, limit);
    sentences += collect(tag(text.slice(from, to), tagger), text, from, to, tokens, sentences);
    parts++;
    from = to;
  }
  return { view: null, tokens, parts };
}
