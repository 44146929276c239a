// Inverted attribution: "…,” said Bukar Modu, a farmer." / "…, says source" / "said he".
import type { FrameToken } from '../frame.js';
import { BLOCKING_PREPOSITIONS, INVERTIBLE_VERBS, NAME_PARTICLES, PERSON_NOUNS, REPORTING_VERBS } from '../lexicon.js';
import { describesPersonAt, isPersonHead } from '../described.js';
import { isTitle } from '../names.js';
import { hasCapital, isComma, isPronoun, isSegmentBreak, isVerbish, isWord, rightPhrase, startsPhrase, type Range } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const MAX_MODIFIER_WORDS = 8;
const ENDS_NAME = new Set(['who', 'whose', 'when', 'while', 'as', 'after', 'adding', 'and']);

/** "said the Humanitarian Coordinator in Chad, Amina Sow." → the name after the description. */
function appositiveName(tokens: FrameToken[], phrase: Range): Range | null {
  const first = tokens[phrase.from]!;
  const last = tokens[phrase.to - 1]!;
  // "the ambassador at the time, John Herbst": a short prepositional phrase may stand before the comma.
  let comma = phrase.to;
  if (isWord(tokens[comma]) && BLOCKING_PREPOSITIONS.has(tokens[comma]!.lower)) {
    while (comma < phrase.to + MAX_MODIFIER_WORDS && isWord(tokens[comma]) && !isVerbish(tokens[comma]!)) comma++;
  }
  if (!isComma(tokens[comma]) || !(startsPhrase(first) || isTitle(last) || PERSON_NOUNS.has(last.lower))) return null;
  const name = rightPhrase(tokens, comma + 1, tokens.length);
  if (!name || startsPhrase(tokens[name.from]!)) return null;
  for (let k = name.from; k < name.to; k++) if (!tokens[k]!.cap && !NAME_PARTICLES.has(tokens[k]!.lower)) return null;
  const after = tokens[name.to];
  return after === undefined || after.kind !== 'word' ? name : null;
}

/** "said a person close to the talks", "said an aide to Governor Ortiz at the time": a description goes on over its prepositional phrases. */
function withModifier(tokens: FrameToken[], phrase: Range): Range {
  const head = tokens[phrase.to - 1]!;
  if (head.cap || !(isPersonHead(head) || head.lower === 'close')) return phrase;
  let to = phrase.to;
  for (let hops = 0; hops < 2; hops++) {
    let k = to;
    if (tokens[k]?.lower === 'close' && isWord(tokens[k])) k++;
    if (!describesPersonAt(tokens, k) && !(hops > 0 && isWord(tokens[k]) && BLOCKING_PREPOSITIONS.has(tokens[k]!.lower))) break;
    const object = rightPhrase(tokens, k + 1, Math.min(tokens.length, k + 1 + MAX_MODIFIER_WORDS));
    if (!object) break;
    to = object.to;
  }
  return { from: phrase.from, to };
}

export function inverted(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  const lemma = REPORTING_VERBS.get(tokens[verb]!.lower);
  if (!lemma || !INVERTIBLE_VERBS.has(lemma) || tokens[verb]!.lower.endsWith('ing')) return null;
  if (!isSegmentBreak(tokens[verb - 1])) return null;
  const next = tokens[verb + 1];
  const bareNoun = isWord(next) && !next.cap && !startsPhrase(next) && !isPronoun(next);
  if (isPronoun(next)) {
    const after = tokens[verb + 2];
    return after === undefined || after.kind !== 'word' ? { phrase: { from: verb + 1, to: verb + 2 }, pronoun: next!.lower } : null;
  }
  const found = rightPhrase(tokens, verb + 1, tokens.length);
  if (!found) return null;
  const phrase = withModifier(tokens, found);
  const named = appositiveName(tokens, phrase);
  if (named) return { phrase: named, pronoun: null };
  // The name must end the clause: "said Tarar." / "said Tarar, …" / "said Tarar in …", not "said its fighters had …".
  const after = tokens[phrase.to];
  const endsClause = after === undefined || after.kind !== 'word' || BLOCKING_PREPOSITIONS.has(after.lower) || ENDS_NAME.has(after.lower);
  if (!endsClause) return null;
  // "…, says envoy": a bare lower-case noun only when it ends the sentence.
  if (bareNoun && !hasCapital(tokens, phrase) && after !== undefined && after.text !== '.') return null;
  // After a plain comma ("…, says source") the name ends the sentence or is a capitalised name.
  const afterComma = tokens[verb - 1]?.kind === 'punct';
  if (afterComma && after !== undefined && after.text !== '.' && !hasCapital(tokens, phrase)) return null;
  return { phrase, pronoun: null };
}
