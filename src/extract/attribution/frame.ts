// A sentence as a flat list of words, punctuation and whole quotations, so that the
// attribution rules read the reporting frame ("…,” X said) without the quoted words.
import type { Document, Sentence } from '../../document/index.js';
import { lowerBound } from '../../util/lowerBound.js';
import { findQuotations } from './quotations.js';

export interface FrameToken {
  kind: 'word' | 'punct' | 'quote';
  /** Source text of the token (a quote token covers its marks and words). */
  text: string;
  /** Lower case, with a possessive ’s removed. */
  lower: string;
  /** UTF-16 offsets. */
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** "Pakistan’s", "Islamists’". */
  possessive: boolean;
  /** compromise tags of the word, when its parse has the same word there. */
  tags: ReadonlySet<string>;
  /** Index into findQuotations(doc) for quote tokens. */
  quotation?: number;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
const CONNECTORS = new Set(['-', '‐', "'", '’', '.', '&', '_']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'st', 'jr', 'sr', 'u.s', 'u.n', 'u.k', 'e.u']);

/** A single capital with its dot before another capitalised word: "H." in "Paul H. Chipok" (not "X." ending "posted on X."). */
const isInitial = (text: string, i: number, j: number) => j === i + 1 && text[j + 1] === ' ' && /\p{Lu}/u.test(text[j + 2] ?? '');

function wordToken(text: string, start: number, end: number, tags: ReadonlySet<string>): FrameToken {
  const raw = text.slice(start, end);
  let lower = raw.toLowerCase();
  let possessive = false;
  if (/['’]s$/.test(lower) && lower.length > 2) {
    lower = lower.slice(0, -2);
    possessive = true;
  }
  return { kind: 'word', text: raw, lower, start, end, cap: /^\p{Lu}/u.test(raw), possessive, tags };
}

/** The tokens of text[from, to), with the given quotation regions as single tokens. */
export function tokenize(text: string, from: number, to: number, quotes: Array<{ open: number; end: number; index: number }>, tagsAt: (start: number) => ReadonlySet<string>): FrameToken[] {
  const out: FrameToken[] = [];
  let q = 0;
  let i = from;
  while (i < to) {
    const quote = quotes[q];
    if (quote && i >= quote.open) {
      const end = Math.min(Math.max(quote.end, i + 1), to);
      out.push({ kind: 'quote', text: text.slice(i, end), lower: '', start: i, end, cap: false, possessive: false, tags: NO_TAGS, quotation: quote.index });
      i = end;
      q++;
      continue;
    }
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c) && c !== '&') {
      out.push({ kind: 'punct', text: c, lower: c, start: i, end: i + 1, cap: false, possessive: false, tags: NO_TAGS });
      i++;
      continue;
    }
    const limit = quote ? Math.min(quote.open, to) : to;
    let j = i + 1;
    while (j < limit && (isWordChar(text[j]) || (CONNECTORS.has(text[j]!) && isWordChar(text[j + 1]) && j + 1 < limit))) j++;
    // "Gen.", the initial in "Paul H. Chipok", "Pa.," and "(R-Fla.)" (a dot before a comma or bracket ends no sentence) keep their dot, so a name is not cut there.
    if (text[j] === '.' && j < limit && (ABBREVIATIONS.has(text.slice(i, j).toLowerCase()) || (/\p{Lu}/u.test(c) && (isInitial(text, i, j) || text[j + 1] === ',' || text[j + 1] === ')')))) j++;
    out.push(wordToken(text, i, j, tagsAt(i)));
    i = j;
  }
  return out;
}

const MAX_TAGGED_SENTENCE = 2000;
const frames = new WeakMap<Document, Map<number, FrameToken[]>>();

/** The frame of a sentence (cached per document). */
export function frameOf(doc: Document, sentence: Sentence): FrameToken[] {
  let byDoc = frames.get(doc);
  if (!byDoc) frames.set(doc, (byDoc = new Map()));
  const cached = byDoc.get(sentence.index);
  if (cached) return cached;
  const quotations = findQuotations(doc);
  const inside: Array<{ open: number; end: number; index: number }> = [];
  // First quotation that ends after the sentence start (binary search: quotations are in order).
  const lo = lowerBound(quotations.length, (i) => quotationEnd(quotations[i]!), sentence.start + 1);
  for (let k = lo; k < quotations.length && quotations[k]!.open < sentence.end; k++) {
    const quotation = quotations[k]!;
    inside.push({ open: Math.max(quotation.open, sentence.start), end: quotationEnd(quotation), index: k });
  }
  const tags = new Map<number, ReadonlySet<string>>();
  // A "sentence" this long is not prose (hostile or broken input): read it without the
  // compromise parse, whose sentence splitter slows down sharply on such runs.
  if (sentence.end - sentence.start <= MAX_TAGGED_SENTENCE) {
    for (const token of doc.tokensIn(sentence.start, sentence.end)) tags.set(token.start, token.tags);
  }
  const frame = tokenize(doc.text, sentence.start, sentence.end, inside, (start) => tags.get(start) ?? NO_TAGS);
  byDoc.set(sentence.index, frame);
  return frame;
}

/** Offset just past a quotation's closing mark (or its last word when unclosed). */
export const quotationEnd = (q: { markEnd: number }): number => q.markEnd;
