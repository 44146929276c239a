// Rule: an acronym defined in parentheses is another name of the words before it:
// "Tehrik-i-Taliban Pakistan (TTP)", "Line of Control (LoC)", "the UN refugee agency (UNHCR)".
// The definition starts at the leftmost capitalised word from which the acronym's letters
// follow the words' initials in order; when none fits (a foreign-language acronym such as
// "Haitian National Police (PNH)") the capitalised stretch before the bracket is taken whole.
import { isEnglishWord } from '../english.js';
import { knownActor } from '../gazetteer.js';
import { WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

const ACRONYM = /^[A-Z][A-Za-z0-9&./-]{1,13}$/u;
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'et', 'y', 'i', 'e']);
const STOP_BACK = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'by', 'from', 'with', 'said', 'says', 'and', 'or', 'as']);
const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_BACK = 16;
/** "R-SC", "D-Fla", "I-Vt.": a US legislator's party and state after the name. */
const PARTY_AND_STATE = /^[DRI]-[A-Z][A-Za-z]{1,4}\.?$/;

export function looksLikeAcronym(w: Word): boolean {
  if (!ACRONYM.test(w.text)) return false;
  const upper = w.text.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper >= w.text.replace(/[^A-Za-z]/g, '').length - 1;
}

/** Words of a phrase split at hyphens, for initials: "Inter-Services" → Inter, Services. */
const pieces = (words: Word[]) => words.flatMap((w) => w.text.split(/[-‐‑]/).filter(Boolean));

/** Do the acronym's letters follow the initials of `parts`, starting with the first part? */
export function initialsFit(acronym: string, parts: string[]): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '');
  let a = 0;
  for (let p = 0; p < parts.length && a < letters.length; p++) {
    const part = parts[p]!;
    if (p === 0 && part[0]!.toUpperCase() !== letters[0]!.toUpperCase()) return false;
    // An all-capital part can stand for several letters ("UN" in UNHCR).
    if (part.length > 1 && part === part.toUpperCase() && letters.slice(a).toUpperCase().startsWith(part)) {
      a += part.length;
      continue;
    }
    if (part[0]!.toUpperCase() === letters[a]!.toUpperCase()) {
      // Function words match only a lowercase letter in the acronym ("LoC"), else are skipped.
      if (FUNCTION_WORDS.has(part.toLowerCase()) && letters[a] !== letters[a]!.toLowerCase()) continue;
      a++;
    }
  }
  return a === letters.length;
}

/** Space, or a slash between two capitalised words ("Alliance Fleuve Congo/March 23 Movement"). */
const joinedInName = (w: Word, next: Word) => /^\s+$/.test(next.gap) || (next.gap === '/' && w.cap && next.cap);

/**
 * "and" or "the" inside a long name: "Institute for Peace and Conflict Studies", "Mission in the
 * Democratic Republic of the Congo". "and" between ordinary capitalised words; "the" after of/in/for.
 */
function insideName(words: Word[], k: number, back: Word[]): boolean {
  const w = words[k]!;
  const prev = words[k - 1];
  if (!back[0]?.cap || !prev || w.cap) return false;
  if (w.folded === 'the') return ['of', 'in', 'for'].includes(prev.folded);
  return w.folded === 'and' && prev.cap && !prev.possessive && isEnglishWord(prev.text) && isEnglishWord(back[0].text);
}

/** Lowercase head nouns of a body described after its parent's acronym ("UN human rights office"). */
export const BODY_HEADS = new Set(['office', 'agency', 'body', 'commission', 'council', 'committee', 'mission', 'programme', 'program', 'fund', 'watchdog', 'court', 'tribunal']);
const MAX_DESCRIBING = 3;

/** "the UN human rights office (OHCHR)": a parent's acronym, a few lowercase words, a body noun. */
export function describedBody(back: Word[]): Word[] | null {
  const head = back[back.length - 1];
  if (!head || head.cap || !BODY_HEADS.has(head.folded)) return null;
  for (let s = back.length - 2; s >= 0 && back.length - 1 - s <= MAX_DESCRIBING + 1; s--) {
    const w = back[s]!;
    if (w.cap) return w.allCaps && s < back.length - 2 ? back.slice(s) : null;
    if (STOP_BACK.has(w.folded) || WORDS.reportingVerbs.has(w.folded)) return null;
  }
  return null;
}

export interface AcronymDefinition {
  acronym: Word;
  definition: Word[];
}

/** Every "Name (ACR)" in a sentence's words. */
export function acronymDefinitions(words: Word[], sentenceText: string, sentenceStart: number): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 1; i < words.length; i++) {
    const acronym = words[i]!;
    if (!/^\s*\(\s*$/.test(acronym.gap) || !looksLikeAcronym(acronym)) continue;
    const after = sentenceText.slice(acronym.end - sentenceStart).trimStart();
    if (!after.startsWith(')')) continue;
    // Collect the words before the bracket, back to punctuation or a determiner.
    const back: Word[] = [];
    for (let k = i - 1; k >= 0 && back.length < MAX_BACK; k--) {
      const w = words[k]!;
      if (back.length && (w.possessive || w.attributive || !joinedInName(w, back[0]!))) break;
      if (STOP_BACK.has(w.folded) && (!w.cap || ARTICLES.has(w.folded)) && !insideName(words, k, back)) break;
      back.unshift(w);
    }
    if (!back.length) continue;
    let definition: Word[] | null = null;
    for (let s = 0; s < back.length && !definition; s++) {
      if (!back[s]!.cap || WORDS.nonNameStarters.has(back[s]!.folded)) continue;
      const head = back[s]!;
      const prefix = head.allCaps && head.text.length >= 2 && acronym.text.startsWith(head.text) && acronym.text !== head.text;
      if (prefix || initialsFit(acronym.text, pieces(back.slice(s)))) definition = back.slice(s);
    }
    // "Jane Doe ( U.S. )": a country's code in brackets says where the name is from; it defines nothing.
    // Nor does a legislator's party and state, "Sen. Jane Doe (R-SC)", "(D-Fla.)".
    const countryCode = knownActor(acronym.text)?.kind === 'country' || PARTY_AND_STATE.test(acronym.text);
    if (!definition && !countryCode) {
      // The capitalised stretch just before the bracket (names in another language).
      let s = back.length;
      while (s > 0 && (back[s - 1]!.cap || (FUNCTION_WORDS.has(back[s - 1]!.folded) && s < back.length))) s--;
      while (s < back.length && !back[s]!.cap) s++;
      if (s < back.length) definition = back.slice(s);
    }
    if (!definition && !countryCode) definition = describedBody(back);
    if (definition) {
      // "UN Office for the Coordination …": capitalised words just before the start belong to it.
      let s = back.indexOf(definition[0]!);
      while (s > 0 && back[s - 1]!.cap && !WORDS.nonNameStarters.has(back[s - 1]!.folded) && !back[s - 1]!.clauseStart) s--;
      definition = back.slice(s, back.indexOf(definition[0]!) + definition.length);
      out.push({ acronym, definition });
    }
  }
  return out;
}
