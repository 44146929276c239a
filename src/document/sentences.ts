// Sentence boundaries inside one paragraph, robust to abbreviations ("Maj. Gen.",
// "U.S."), initials, quotations that contain sentence ends, and lines without final
// punctuation (headlines, captions). Works on UTF-16 offsets; no regex backtracking.
import { MONTH_NUMBERS } from '../lexicon/calendarWords.js';
import abbreviationList from './data/abbreviations.json' with { type: 'json' };
import starterList from './data/sentenceStarters.json' with { type: 'json' };

// A lower-case entry ("etc", "vs") is an abbreviation in any case; a capitalised one
// ("Gen", "Sun", "No") only when capitalised, so "under the sun." still ends a sentence.
const anyCaseAbbreviations = new Set(abbreviationList.filter((a) => a === a.toLowerCase()));
const capitalisedAbbreviations = new Set(abbreviationList.filter((a) => a !== a.toLowerCase()).map((a) => a.toLowerCase()));
/** Function words that open sentences but never follow a title or initial: "the U.S. The talks…". */
const sentenceStarters = new Set(starterList);
const monthNames = new Set(Object.keys(MONTH_NUMBERS));
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const MAX_WORD = 40;

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
const isUpperStart = (c: string | undefined) => c !== undefined && (/\p{Lu}|\p{N}/u.test(c) || OPENING_QUOTES.has(c) || c === '"' || c === '‘' || c === "'" || c === '(' || c === '[');

/** The word that ends just before `dot` (letters and inner dots). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && dot - i < MAX_WORD && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** The letters starting at `from`, and whether a dot follows them (an initial: "A. Khan"). */
function wordAfter(text: string, from: number, end: number): { word: string; dotted: boolean } {
  let i = from;
  while (i < end && i - from < MAX_WORD && /\p{L}/u.test(text[i]!)) i++;
  return { word: text.slice(from, i), dotted: text[i] === '.' };
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const original = wordBefore(text, dot, floor);
  const word = original.toLowerCase();
  if (!word) return false;
  if (anyCaseAbbreviations.has(word)) return true;
  if (capitalisedAbbreviations.has(word) && /^\p{Lu}/u.test(original)) return true;
  // Initials: "J." and dotted acronyms "U.S." (single letters between dots).
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1]!)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * An abbreviation can still end its sentence: "…aid from the U.S. The convoy…",
 * "…at 4 p.m. Residents…". It does when a capitalised sentence-opening function word
 * follows, or after a clock time, any capitalised word that is not a day, month or zone.
 */
function abbreviationEndsSentence(text: string, dot: number, next: number, end: number, floor: number): boolean {
  const { word, dotted } = wordAfter(text, next, end);
  if (!word || dotted || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (sentenceStarters.has(lower)) return true;
  const before = wordBefore(text, dot, floor).toLowerCase();
  if (before === 'a.m' || before === 'p.m') {
    return !WEEKDAY.test(word) && !monthNames.has(lower) && word !== word.toUpperCase();
  }
  return false;
}

/** Whether the run of terminals and closers [at, j) ends the sentence. */
function runEndsSentence(text: string, at: number, j: number, floor: number, end: number, quoteDepth: number): boolean {
  if (j < end && !isSpace(text[j])) return false;
  let k = j;
  while (k < end && isSpace(text[k])) k++;
  if (k >= end || !isUpperStart(text[k])) return false;
  // An abbreviation's dot, directly or inside brackets ("(ret.)"), does not end the sentence.
  const bracketsOnly = /^[)\]]*$/.test(text.slice(at + 1, j));
  if (text[at] === '.' && bracketsOnly && isAbbreviation(text, at, floor) && !abbreviationEndsSentence(text, at, k, end, floor)) return false;
  // Inside an open quotation the sentence goes on: attribution follows the close.
  return quoteDepth === 0;
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
    else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      // A straight quote (or the archives' two apostrophes '') opens after a space or line start, otherwise closes.
      const prev = text[i - 1];
      if (i === start || prev === undefined || /[\s(\[—–-]/.test(prev)) quoteDepth++;
      else quoteDepth = Math.max(0, quoteDepth - 1);
      if (c === "'") i++;
    }
    if (!TERMINALS.has(c)) continue;
    // Consume a run of terminals and closers: `?!`, `.”`, `.)`.
    let j = i + 1;
    while (j < end && (TERMINALS.has(text[j]!) || CLOSERS.has(text[j]!))) {
      if (CLOSING_QUOTES.has(text[j]!) || (text[j] === '"' && quoteDepth > 0)) quoteDepth = Math.max(0, quoteDepth - 1);
      else if (text[j] === "'" && text[j + 1] === "'" && quoteDepth > 0) {
        quoteDepth--;
        j++;
      }
      j++;
    }
    // Decide once per run and step past it: re-reading a long run ("?????…") at every
    // terminal in it would be quadratic, and would count its closing quotes twice.
    if (runEndsSentence(text, i, j, start, end, quoteDepth)) push(j);
    i = j - 1;
  }
  push(end);
  return out;
}
