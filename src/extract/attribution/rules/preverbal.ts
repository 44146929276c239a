// The subject before the verb: "Tarar wrote", "the security source told", "a source has
// said", with appositions "Muslim Khan, a spokesman for the militants, said" (the name
// before) and "its director, Abdullahi Sheikh Omar, said" (the name between the commas).
import type { FrameToken } from '../frame.js';
import { ADVERBS, BE_FORMS, BLOCKING_PREPOSITIONS } from '../lexicon.js';
import { hasCapital, isComma, isDescriptor, isPronoun, isWord, leftPhrase, segmentStart, type Range } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const isAdverb = (t: FrameToken | undefined) =>
  isWord(t) && !t.cap && (ADVERBS.has(t.lower) || t.tags.has('Adverb') || (t.lower.length > 4 && t.lower.endsWith('ly')));

/** Index of the last word before the verb once adverbs and auxiliaries are skipped. */
export function beforeAdverbs(tokens: FrameToken[], verb: number): number {
  let j = verb - 1;
  while (j >= 0 && isAdverb(tokens[j]) && verb - j < 5) j--;
  return j;
}

/** The whole segment is one noun phrase naming someone: "Colonel Musa Adamu Tela". */
function namingSegment(tokens: FrameToken[], range: Range): Range | null {
  const phrase = leftPhrase(tokens, range.to, range.from);
  if (!phrase || phrase.from !== range.from || !hasCapital(tokens, phrase)) return null;
  return phrase;
}

function appositive(tokens: FrameToken[], comma: number): RuleSpeaker | null {
  const s1: Range = { from: segmentStart(tokens, comma, 0), to: comma };
  if (s1.from >= s1.to) return null;
  if (isDescriptor(tokens, s1) && isComma(tokens[s1.from - 1])) {
    const s0: Range = { from: segmentStart(tokens, s1.from - 1, 0), to: s1.from - 1 };
    const named = s0.from < s0.to ? namingSegment(tokens, s0) : null;
    if (named) return { phrase: named, pronoun: null };
  }
  const phrase = leftPhrase(tokens, s1.to, s1.from);
  if (!phrase || phrase.from !== s1.from) return null;
  return { phrase, pronoun: null };
}

export function preverbal(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  const j = beforeAdverbs(tokens, verb);
  if (j < 0) return null;
  const last = tokens[j]!;
  if (isWord(last) && BE_FORMS.has(last.lower)) return null; // passive: "were reported killed"
  if (isPronoun(last)) return { phrase: { from: j, to: j + 1 }, pronoun: last.lower };
  if (isComma(last)) return j === verb - 1 ? appositive(tokens, j) : null;
  const phrase = leftPhrase(tokens, j + 1, 0);
  if (!phrase) return null;
  // "in a statement posted on Telegram": a participle after a prepositional phrase has no subject.
  const before = tokens[phrase.from - 1];
  if (isWord(before) && BLOCKING_PREPOSITIONS.has(before.lower)) return null;
  return { phrase, pronoun: null };
}
