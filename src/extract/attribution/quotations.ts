// Finds quotation spans by their marks, one paragraph at a time, in one linear pass
// per mark family: double marks (“ ” " „ « », and the ASCII ''…'' and ``…'' of
// archives and typewriter text) first, then single marks (‘ ’ ') in the
// text outside double quotations, telling apart apostrophes (Pakistan’s, don’t,
// Islamists’). An unbalanced mark never runs past its paragraph.
import type { Document } from '../../document/index.js';

export interface Quotation {
  /** UTF-16 offset of the opening mark. */
  open: number;
  /** UTF-16 offset of the closing mark, or null when the paragraph ends first. */
  close: number | null;
  /** UTF-16 offset just past the closing mark, or `end` when unclosed. */
  markEnd: number;
  /** UTF-16 offsets of the quoted words, trimmed of spaces. */
  start: number;
  end: number;
  paragraph: number;
  /** This paragraph re-opens a quotation the previous paragraph left open. */
  continuesPrevious: boolean;
  single: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '"', '“', '„', '«', ':']);
const opensAfter = (c: string | undefined) => isSpace(c) || OPEN_CONTEXT.has(c!);
const OPENING_DOUBLE = new Set(['“', '„', '«']);

type DoubleKind = 'curly' | 'low' | 'guillemet' | 'reversed' | 'straight' | 'doubled';

interface Region {
  open: number;
  close: number | null;
  single: boolean;
  /** Just past the opening mark (marks are two characters in ''…'' and ``…''). */
  inner: number;
  /** Just past the closing mark, when closed. */
  after: number | null;
}

/** Two apostrophes (or backticks) written for one double mark: ''…'', ``…''. */
const doubledAt = (text: string, i: number): boolean => (text[i] === "'" || text[i] === '`') && text[i + 1] === text[i];

/** Double-mark quotations of text[from, to). */
function doubleRegions(text: string, from: number, to: number): Region[] {
  const out: Region[] = [];
  let openAt = -1;
  let kind = 'curly' as DoubleKind;
  const unclosed = () => ({ open: openAt, close: null, single: false, inner: openAt + (kind === 'doubled' ? 2 : 1), after: null });
  const start = (i: number, k: DoubleKind) => {
    if (openAt >= 0) out.push(unclosed());
    openAt = i;
    kind = k;
  };
  const finish = (i: number, width = 1) => {
    out.push({ ...unclosed(), close: i, after: i + width });
    openAt = -1;
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    switch (c) {
      case '“':
        if (openAt >= 0 && kind === 'low') finish(i);
        else start(i, 'curly');
        break;
      case '„':
        start(i, 'low');
        break;
      case '”':
        if (openAt >= 0) finish(i);
        else if (opensAfter(text[i - 1]) && isWordChar(text[i + 1])) start(i, 'curly');
        break;
      case '«':
        if (openAt >= 0 && kind === 'reversed') finish(i);
        else start(i, 'guillemet');
        break;
      case '»':
        if (openAt >= 0 && kind !== 'reversed') finish(i);
        else if (openAt < 0 && isWordChar(text[i + 1])) start(i, 'reversed');
        break;
      case '"':
        if (openAt >= 0) finish(i);
        else if (!isSpace(text[i + 1]) && i + 1 < to) start(i, 'straight');
        break;
      case "'":
      case '`':
        if (!doubledAt(text, i) || i + 1 >= to) break;
        // ``…'' opens only with backticks; '' closes an open quotation, else opens before a word.
        if (c === "'" && openAt >= 0) {
          if (kind === 'doubled') finish(i, 2);
        } else if (openAt < 0 && !isSpace(text[i + 2]) && i + 2 < to) start(i, 'doubled');
        i++;
        break;
      default:
        break;
    }
  }
  if (openAt >= 0) out.push(unclosed());
  return out;
}

type SingleRole = 'open' | 'close' | 'weakClose';

/** The role a single mark plays, or null for an apostrophe. */
function singleRole(text: string, i: number, from: number, to: number): SingleRole | null {
  const c = text[i]!;
  const prev = i > from ? text[i - 1] : undefined;
  const next = i + 1 < to ? text[i + 1] : undefined;
  if ((c === '‘' || c === "'") && opensAfter(prev) && isLetter(next)) return 'open';
  if ((c === '’' || c === "'") && prev !== undefined && !isSpace(prev) && !isWordChar(next)) {
    // "Islamists’ takeover": a plural possessive looks like a close mark.
    const afterSpace = i + 2 < to ? text[i + 2] : undefined;
    if ((prev === 's' || prev === 'S') && next === ' ' && afterSpace !== undefined && /\p{Ll}/u.test(afterSpace)) return 'weakClose';
    return 'close';
  }
  return null;
}

/** Single-mark quotations of text[from, to), a stretch with no double quotation. */
function singleRegions(text: string, from: number, to: number): Region[] {
  const marks: Array<{ at: number; role: SingleRole }> = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const role = singleRole(text, i, from, to);
    if (role) marks.push({ at: i, role });
  }
  // For each mark, is a strong close mark coming before the next open mark?
  const strongCloseAhead: boolean[] = new Array(marks.length).fill(false);
  let strongSeen = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    strongCloseAhead[k] = strongSeen;
    if (marks[k]!.role === 'close') strongSeen = true;
    else if (marks[k]!.role === 'open') strongSeen = false;
  }
  const out: Region[] = [];
  let openAt = -1;
  marks.forEach(({ at, role }, k) => {
    if (role === 'open') {
      openAt = at;
      return;
    }
    if (openAt < 0) return;
    if (role === 'weakClose' && strongCloseAhead[k]) return;
    out.push({ open: openAt, close: at, single: true, inner: openAt + 1, after: at + 1 });
    openAt = -1;
  });
  return out;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

const hasWord = (text: string, start: number, end: number) => {
  for (let i = start; i < end; i++) if (isWordChar(text[i])) return true;
  return false;
};

/** Whether the paragraph starting at `from` opens with a quotation mark. */
function opensWithQuote(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i < to && (OPENING_DOUBLE.has(text[i]!) || text[i] === '"' || text[i] === '‘' || doubledAt(text, i));
}

const cache = new WeakMap<Document, Quotation[]>();

/** Every quotation of the document, in text order. */
export function findQuotations(doc: Document): Quotation[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const text = doc.text;
  const out: Quotation[] = [];
  let previousLeftOpen = false;
  for (const paragraph of doc.paragraphs) {
    const regions: Region[] = [];
    let cursor = paragraph.start;
    for (const region of doubleRegions(text, paragraph.start, paragraph.end)) {
      regions.push(...singleRegions(text, cursor, region.open));
      regions.push(region);
      cursor = region.after ?? paragraph.end;
    }
    regions.push(...singleRegions(text, cursor, paragraph.end));
    const continues = previousLeftOpen && opensWithQuote(text, paragraph.start, paragraph.end);
    previousLeftOpen = false;
    regions.forEach((region, k) => {
      const innerEnd = region.close ?? (regions[k + 1]?.open ?? paragraph.end);
      const [start, end] = trimmed(text, region.inner, innerEnd);
      const isLast = k === regions.length - 1;
      if (region.close === null && isLast) previousLeftOpen = true;
      if (!hasWord(text, start, end)) return;
      out.push({ open: region.open, close: region.close, markEnd: region.after ?? end, start, end, paragraph: paragraph.index, continuesPrevious: continues && k === 0, single: region.single });
    });
  }
  cache.set(doc, out);
  return out;
}
