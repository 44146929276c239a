// Turns a noun phrase into a speaker name ("Pakistan’s Information Minister Attaullah
// Tarar" → "Attaullah Tarar"; "the security source" → "security source") and says
// what kind of speaker it is, so pronouns can find it later.
import type { FrameToken } from './frame.js';
import { INNER_NAME_WORDS, NAME_PARTICLES, ORG_WORDS, PERSON_NOUNS, TITLES } from './lexicon.js';
import { isPartitiveAt, isWord, startsPhrase, type Range } from './nounPhrase.js';

export type SpeakerKind = 'person' | 'plural' | 'org' | 'unknown';

export interface PhraseName {
  /** Token range of the name inside the phrase. */
  from: number;
  to: number;
  /** A title or office stood before the name ("Colonel", "police spokeswoman"). */
  titled: boolean;
}

const bare = (t: FrameToken) => t.lower.replace(/\./g, '');
export const isTitle = (t: FrameToken) => {
  const word = bare(t);
  return TITLES.has(word) || (word.includes('-') && word.split('-').every((part) => TITLES.has(part)));
};
const isAcronym = (t: FrameToken) => /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(t.text);

/** The name inside a phrase: its trailing proper name without titles, or the whole phrase without determiners. */
export function nameInPhrase(tokens: FrameToken[], range: Range): PhraseName | null {
  let { from, to } = range;
  // Drop a trailing "(ACRONYM)".
  if (tokens[to - 1]?.text === ')') {
    let k = to - 2;
    while (k > from && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') to = k;
  }
  // "one of the residents" is kept whole: without its quantifier it would be a plural.
  if (isPartitiveAt(tokens, from)) return { from, to, titled: false };
  while (from < to && isWord(tokens[from]) && startsPhrase(tokens[from]!)) from++;
  if (from >= to || !tokens.slice(from, to).some((t) => /\p{L}/u.test(t.text))) return null;
  const last = tokens[to - 1]!;
  if (!isWord(last) || !last.cap || (last.possessive && to < range.to)) {
    const titled = isTitle(last) || PERSON_NOUNS.has(last.lower);
    return { from, to, titled };
  }
  // Trailing proper name: capitals, particles ("al", "bin") and inner words between capitals.
  let runStart = to - 1;
  for (let k = to - 2; k >= from; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || t.possessive) break;
    if (t.cap) {
      runStart = k;
      continue;
    }
    // "Office for the Coordination of …": inner words count only between capitals.
    let left = k - 1;
    while (left >= from && isWord(tokens[left]) && !tokens[left]!.cap && (NAME_PARTICLES.has(tokens[left]!.lower) || INNER_NAME_WORDS.has(tokens[left]!.lower))) left--;
    if ((NAME_PARTICLES.has(t.lower) || INNER_NAME_WORDS.has(t.lower)) && left >= from && tokens[left]!.cap && !tokens[left]!.possessive) {
      k = left + 1;
      continue;
    }
    break;
  }
  let cut = runStart;
  for (let k = to - 2; k >= runStart; k--) {
    if (!isTitle(tokens[k]!) && !PERSON_NOUNS.has(tokens[k]!.lower)) continue;
    const rest = tokens.slice(k + 1, to);
    if (rest.some((t) => t.cap && !isTitle(t)) && !rest.some((t) => ORG_WORDS.has(t.lower))) cut = k + 1;
    break;
  }
  const before = tokens[runStart - 1];
  const titled = cut > runStart || (before !== undefined && runStart > from && (isTitle(before) || PERSON_NOUNS.has(before.lower)));
  return { from: cut, to, titled };
}

/** "official", "residents": a noun for a person or people. */
export const isPersonNoun = (t: FrameToken) => PERSON_NOUNS.has(t.lower) || (t.lower.endsWith('s') && PERSON_NOUNS.has(t.lower.slice(0, -1)));

/** What kind of speaker a name is, from its words alone (actors, when linked, say better). */
export function kindOfName(tokens: FrameToken[], name: PhraseName): SpeakerKind {
  const words = tokens.slice(name.from, name.to).filter(isWord);
  if (!words.length) return 'unknown';
  const head = words[words.length - 1]!;
  // "one of the residents" is one person; "one of the factions" is an organisation.
  if (isPartitiveAt(tokens, name.from) && isPersonNoun(head)) return words[0]!.lower === 'one' ? 'person' : 'plural';
  if (words.some((t) => t.lower.split('-').some((part) => ORG_WORDS.has(part)))) return 'org';
  if (PERSON_NOUNS.has(head.lower) || (isTitle(head) && !head.cap)) return 'person';
  if (head.lower.endsWith('s') && PERSON_NOUNS.has(head.lower.slice(0, -1))) return 'plural';
  if (name.titled) return 'person';
  if (words.every(isAcronym)) return 'org';
  if (words.some((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Organization'))) return 'org';
  if (words.some((t) => t.tags.has('Person'))) return 'person';
  const capitals = words.filter((t) => t.cap).length;
  if (capitals >= 2 && capitals === words.filter((t) => !NAME_PARTICLES.has(t.lower)).length) return 'person';
  if (!head.cap && head.lower.endsWith('s')) return 'plural';
  return 'unknown';
}
