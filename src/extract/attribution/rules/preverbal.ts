// The subject before the verb: "Tarar wrote", "the security source told", "a source has
// said", with appositions "Muslim Khan, a spokesman for the militants, said" (the name
// before) and "its director, Abdullahi Sheikh Omar, said" (the name between the commas).
import type { FrameToken } from '../frame.js';
import { isPersonHead, widenToDescribedPerson } from '../described.js';
import { ADVERBS, BE_FORMS, BLOCKING_PREPOSITIONS, TIME_MODIFIERS, TIME_NOUNS } from '../lexicon.js';
import { hasCapital, isComma, isDescriptor, isPronoun, isWord, leftPhrase, segmentStart, startsPhrase, type Range } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const isAdverb = (t: FrameToken | undefined) =>
  isWord(t) && !t.cap && (ADVERBS.has(t.lower) || t.tags.has('Adverb') || (t.lower.length > 4 && t.lower.endsWith('ly')));

const MAX_APPOSITIONS = 5;

const isTimeNoun = (t: FrameToken | undefined) => isWord(t) && TIME_NOUNS.has(t.lower);
const isTimeWord = (t: FrameToken | undefined) => isTimeNoun(t) || (isWord(t) && !t.cap && (TIME_MODIFIERS.has(t.lower) || /^\d/.test(t.text)));
const MAX_TIME_WORDS = 6;

/** Start of a time phrase ending at `j` ("on Tuesday", "less than two weeks ago", "last week"), or `j + 1` when there is none. */
function timePhraseStart(tokens: FrameToken[], j: number): number {
  if (!isTimeNoun(tokens[j])) return j + 1;
  let k = j;
  while (k > 0 && j - k < MAX_TIME_WORDS && isTimeWord(tokens[k - 1])) k--;
  // The subject stays: "the State Department on Monday" keeps "the State Department".
  while (k < j && isWord(tokens[k]) && startsPhrase(tokens[k]!) && !TIME_MODIFIERS.has(tokens[k]!.lower)) k++;
  return k;
}

/** Index of the last word before the verb once adverbs, auxiliaries and a time phrase are skipped. */
export function beforeAdverbs(tokens: FrameToken[], verb: number): number {
  let j = verb - 1;
  while (j >= 0 && isAdverb(tokens[j]) && verb - j < 5) j--;
  const time = timePhraseStart(tokens, j);
  // Only between a subject and its verb: a time phrase opening the sentence has no subject before it.
  if (time <= j && time > 0 && isWord(tokens[time - 1])) {
    j = time - 1;
    while (j >= 0 && isAdverb(tokens[j]) && verb - j < 10) j--;
  }
  return j;
}

/** The whole segment is one noun phrase naming or describing someone: "Colonel Musa Adamu Tela", "the official". */
function namingSegment(tokens: FrameToken[], range: Range): Range | null {
  const phrase = leftPhrase(tokens, range.to, range.from);
  if (!phrase) return null;
  if (phrase.from !== range.from) return describedSegment(tokens, phrase, range);
  // "Colonel Musa Tela, …" or "the official, who spoke on condition of anonymity, …"
  return hasCapital(tokens, phrase) || isPersonHead(tokens[phrase.to - 1]) ? phrase : null;
}

/** The whole segment describes a person placed somewhere: "One resident of Delmas", "A senior official in Tank". */
function describedSegment(tokens: FrameToken[], phrase: Range, range: Range): Range | null {
  const described = widenToDescribedPerson(tokens, phrase, range.from);
  return described && described.from === range.from ? described : null;
}

/** "Tesfaye Molla, a spokesman for the Unity Command, one of the main factions, said": the name before the descriptions. */
function namedBeforeDescriptions(tokens: FrameToken[], s1: Range): Range | null {
  let segment = s1;
  // "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said": a name further left wins over a description.
  let described: Range | null = null;
  for (let depth = 0; depth < MAX_APPOSITIONS && isDescriptor(tokens, segment) && isComma(tokens[segment.from - 1]); depth++) {
    const s0: Range = { from: segmentStart(tokens, segment.from - 1, 0), to: segment.from - 1 };
    if (s0.from >= s0.to) break;
    const named = namingSegment(tokens, s0);
    if (named && !isDescriptor(tokens, s0)) return named;
    described ??= named;
    segment = s0;
  }
  return described;
}

function appositive(tokens: FrameToken[], comma: number): RuleSpeaker | null {
  const s1: Range = { from: segmentStart(tokens, comma, 0), to: comma };
  if (s1.from >= s1.to) return null;
  const named = namedBeforeDescriptions(tokens, s1);
  if (named) return { phrase: named, pronoun: null };
  const phrase = leftPhrase(tokens, s1.to, s1.from);
  if (!phrase) return null;
  const whole = phrase.from === s1.from ? phrase : describedSegment(tokens, phrase, s1);
  return whole ? { phrase: whole, pronoun: null } : null;
}

export function preverbal(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  const j = beforeAdverbs(tokens, verb);
  if (j < 0) return null;
  const last = tokens[j]!;
  if (isWord(last) && BE_FORMS.has(last.lower)) return null; // passive: "were reported killed"
  if (isPronoun(last)) return { phrase: { from: j, to: j + 1 }, pronoun: last.lower };
  // "…, saying": a participle after a comma shares the clause's subject (rules/inherited.ts), it has no apposition.
  if (isComma(last)) return j === verb - 1 && !tokens[verb]!.lower.endsWith('ing') ? appositive(tokens, j) : null;
  const phrase = leftPhrase(tokens, j + 1, 0);
  if (!phrase) return null;
  // "A senior official in Tank told …": the person described, not the place.
  const described = widenToDescribedPerson(tokens, phrase, 0);
  if (described && !isWord(tokens[described.from - 1])) return { phrase: described, pronoun: null };
  // "in a statement posted on Telegram": a participle after a prepositional phrase has no subject.
  const before = tokens[phrase.from - 1];
  if (isWord(before) && BLOCKING_PREPOSITIONS.has(before.lower)) return null;
  return { phrase, pronoun: null };
}
