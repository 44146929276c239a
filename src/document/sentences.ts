// Sentence boundaries inside one paragraph, robust to abbreviations ("Maj. Gen.",
// "U.S."), initials, quotations that contain sentence ends, and lines without final
// punctuation (headlines, captions). Works on UTF-16 offsets; no regex backtracking.
import abbreviationList from './data/abbreviations.json' with { type: 'json' };

const abbreviations = new Set(abbreviationList);

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const isUpperStart = (c: string | undefined) => c !== undefined && (/\p{Lu}|\p{N}/u.test(c) || OPENING_QUOTES.has(c) || c === '"' || c === '‘' || c === "'" || c === '(' || c === '[');

/** The word that ends just before `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return false;
  if (abbreviations.has(word)) return true;
  // Initials: "J." and dotted acronyms "U.S." (single letters between dots).
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1]!)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Splits [start, end) into sentences; returns [start, end) pairs trimmed of whitespace. */
export function splitSentences(text: string, start: number, end: number, lineBreaksEnd: (breakAt: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sentenceStart = start;
  let quoteDepth = 0;
  const push = (to: number) => {
    let s = sentenceStart;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    sentenceStart = to;
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      if (lineBreaksEnd(i)) {
        push(i);
        quoteDepth = 0;
      }
      continue;
    }
    if (OPENING_QUOTES.has(c)) quoteDepth++;
    else if (CLOSING_QUOTES.has(c)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (c === '"') {
      // A straight quote opens after a space or line start, otherwise closes.
      const prev = text[i - 1];
      if (i === start || prev === undefined || /[\s(\[—–-]/.test(prev)) quoteDepth++;
      else quoteDepth = Math.max(0, quoteDepth - 1);
    }
    if (!TERMINALS.has(c)) continue;
    // Consume a run of terminals and closers: `?!`, `.”`, `.)`.
    let j = i + 1;
    while (j < end && (TERMINALS.has(text[j]!) || CLOSERS.has(text[j]!))) {
      if (CLOSING_QUOTES.has(text[j]!) || (text[j] === '"' && quoteDepth > 0)) quoteDepth = Math.max(0, quoteDepth - 1);
      j++;
    }
    if (j < end && !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) continue;
    if (!isUpperStart(text[k])) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(text, i, start)) continue;
    // Inside an open quotation the sentence goes on: attribution follows the close.
    if (quoteDepth > 0) continue;
    push(j);
    i = j - 1;
  }
  push(end);
  return out;
}
