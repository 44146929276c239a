// Speakers described rather than named: "a senior police official in Tank", "one
// resident of Delmas", "one of the residents". The head is the person noun; a place
// after it only locates the person, so the place is never the speaker.
import type { FrameToken } from './frame.js';
import { DETERMINERS, LOCATIVE_PREPOSITIONS, ROLE_PREPOSITIONS } from './lexicon.js';
import { isPersonNoun, isTitle } from './names.js';
import { isWord, leftPhrase, type Range } from './nounPhrase.js';

/** A word that can head a description of a person: "official", "residents", "Coordinator". */
export function isPersonHead(t: FrameToken | undefined): boolean {
  return isWord(t) && !t.possessive && (isPersonNoun(t) || isTitle(t));
}

/**
 * The phrase `phrase` (a place or group after a preposition) widened to the person
 * described before the preposition: "Tank" in "A senior police official in Tank" →
 * the whole. Null when no person noun heads the words before the preposition.
 */
export function widenToDescribedPerson(tokens: FrameToken[], phrase: Range, floor: number): Range | null {
  let p = phrase.from - 1;
  if (isWord(tokens[p]) && DETERMINERS.has(tokens[p]!.lower)) p--;
  if (p <= floor || !describesPersonAt(tokens, p)) return null;
  const head = leftPhrase(tokens, p, floor);
  if (!head) return null;
  return { from: head.from, to: phrase.to };
}

/**
 * Where a described person's head ends inside a phrase: the index of the first
 * locative preposition, when a person noun stands just before it ("official | in
 * Tank"), else -1.
 */
export function locativeSplit(tokens: FrameToken[], range: Range): number {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (!isPreposition(tokens[k])) continue;
    return describesPersonAt(tokens, k) ? k : -1;
  }
  return -1;
}

const isPreposition = (t: FrameToken | undefined) => isWord(t) && !t.cap && (LOCATIVE_PREPOSITIONS.has(t.lower) || ROLE_PREPOSITIONS.has(t.lower));

/** A preposition at `k` that ties a person to a place or to whom they serve: "official | in Tank", "aide | to the governor", "person close | to the talks". */
export function describesPersonAt(tokens: FrameToken[], k: number): boolean {
  if (!isPreposition(tokens[k])) return false;
  if (isPersonHead(tokens[k - 1])) return true;
  const pair = `${tokens[k - 1]?.lower} ${tokens[k]!.lower}`;
  return ROLE_PREPOSITIONS.has(pair) && isPersonHead(tokens[k - 2]);
}
