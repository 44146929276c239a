// Splits a sentence into words with UTF-16 offsets and the facts the name rules need:
// capitalisation, possessive, the gap before the word, and whether it starts a clause.
import { lowerBound } from '../../util/lowerBound.js';
import { isFunctionWord } from './english.js';
import { fold, WORDS } from './lexicon.js';

export interface Word {
  text: string;
  /** UTF-16 offsets into the document of the word without its possessive. */
  start: number;
  end: number;
  folded: string;
  /** Starts with a capital (or is a digit-letter code like M23). */
  cap: boolean;
  allCaps: boolean;
  /** Followed by ’s / 's (trimmed from text), or a plural's bare apostrophe ("Farmers’"). */
  possessive: boolean;
  /** Had a lowercase tail cut off ("Kenyan-led", "HTS-backed"): it qualifies what follows. */
  attributive?: boolean;
  /** The text between the previous word (or the sentence start) and this one. */
  gap: string;
  /** First word of a sentence, a quotation, a heading or after a dateline dash. */
  clauseStart: boolean;
}

/** Position of `word` in `words` (in text order): a binary search, as sentences can be huge. */
export const indexOfWord = (words: Word[], word: Word): number => lowerBound(words.length, (i) => words[i]!.start, word.start);

// Letters/digits, joined by single hyphens, apostrophes, dots or ampersands: linear, since every
// repetition must consume a joiner that the letter class does not contain.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.&][\p{L}\p{M}\p{N}]+)*/gu;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const ABBREVIATED = new Set(['gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'brig', 'adm', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'mt', 'rev', 'fr', 'hon', 'jr', 'sr', 'corp', 'inc', 'ltd', 'co']);
const CLAUSE_GAP = /[“"‘(:—–|/•·▪●]|\s-\s|^\s*-\s|[.!?]\s*$/u;

function isCap(text: string): boolean {
  if (/^\p{Lu}/u.test(text)) return true;
  // Names with a lowercase particle: al-Shabaab, ibn-Saud; codes like eThekwini are rare.
  const parts = text.split(/[-‐‑]/);
  if (parts.length > 1 && WORDS.nameParticles.has(fold(parts[0]!)) && parts.slice(1).some((p) => /^\p{Lu}/u.test(p))) return true;
  return false;
}

/**
 * "H." in "Paul H. Chipok": one capital with its dot, right after a capitalised word and
 * before a capitalised word that may be a name, is a middle initial, not a sentence end
 * ("… Plan B. The talks" ends one).
 */
function isMiddleInitial(text: string, start: number, end: number, prev: Word | undefined, gap: string): boolean {
  if (end !== start + 1 || !/\p{Lu}/u.test(text[start]!) || !prev?.cap || prev.possessive || gap !== ' ') return false;
  const next = /^\. (\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(end, end + 40));
  return next !== null && !isFunctionWord(next[1]!) && !WORDS.nonNameStarters.has(fold(next[1]!));
}

export function splitWords(text: string, offset: number): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index;
    let possessive = false;
    // Tokenised text ("Moody 's Investors Service"): the detached 's is the previous word's possessive.
    const prev = words[words.length - 1];
    if (prev && !prev.possessive && /^[sS]$/.test(raw) && /^\s+['’]$/u.test(text.slice(last, start)) && !/\S/u.test(text[start + 1] ?? ' ')) {
      prev.possessive = true;
      last = start + 1;
      continue;
    }
    // A trailing dot belongs to the word only in initialisms (U.S.) and known abbreviations (Gen.).
    if (raw.endsWith('.')) raw = raw.slice(0, -1);
    const possessiveMatch = /['’]s$/u.exec(raw);
    if (possessiveMatch && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const gap = text.slice(last, start);
    // "the Farmers’ Union": a plural's possessive is a bare apostrophe (not a closing quote).
    const plural = !possessive && /s$/iu.test(raw) && /^['’](?:\s|$)/u.test(text.slice(start + raw.length, start + raw.length + 2)) && !/['‘]\S*$/u.test(gap);
    if (plural) possessive = true;
    let end = start + raw.length;
    if (text[end] === '.' && !possessive && (INITIALISM.test(raw) || ABBREVIATED.has(raw.toLowerCase()) || isMiddleInitial(text, start, end, prev, gap))) end++;
    // A dotted name ends in letters (Caliber.Az); a trailing dot-word split stays one word.
    raw = text.slice(start, end);
    last = plural ? end + 1 : possessive ? end + 2 : end;
    const letters = raw.replace(/[^\p{L}]/gu, '');
    words.push({
      text: raw,
      start: offset + start,
      end: offset + end,
      folded: fold(raw),
      cap: isCap(raw) || (/\p{N}/u.test(raw) && /^\p{Lu}/u.test(letters) && letters.length > 0 && /^\p{Lu}/u.test(raw)),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      gap,
      clauseStart: words.length === 0 || CLAUSE_GAP.test(gap),
    });
    start = end;
  }
  return joinSlashedAcronyms(words);
}

const ACRONYM_PART = /^[A-Z][A-Z0-9]{1,5}$/;

/** "AFC/M23": two acronyms joined by a slash name one coalition, written as one word. */
function joinSlashedAcronyms(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev && w.gap === '/' && !prev.possessive && ACRONYM_PART.test(prev.text) && ACRONYM_PART.test(w.text) && /\p{L}/u.test(w.text)) {
      const raw = `${prev.text}/${w.text}`;
      out[out.length - 1] = { ...prev, text: raw, end: w.end, folded: fold(raw), possessive: w.possessive };
      continue;
    }
    out.push(w);
  }
  return out;
}
