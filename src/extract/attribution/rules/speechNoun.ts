// A speech noun gives its speaker: the owner ("Islamabad’s demand that …", "the
// minister’s warning") or the subject of the verb it is the object of ("Asif issued a
// stark warning that …", "the army released a statement saying …").
import type { FrameToken } from '../frame.js';
import { SPEECH_NOUNS } from '../lexicon.js';
import { isVerbish, isWord, leftPhrase, startsPhrase } from '../nounPhrase.js';
import { preverbal } from './preverbal.js';
import type { RuleSpeaker } from './types.js';

const MAX_MODIFIERS = 3;

export const isSpeechNoun = (t: FrameToken | undefined) => isWord(t) && !t.cap && SPEECH_NOUNS.has(t.lower);

function owner(tokens: FrameToken[], noun: number): RuleSpeaker | null {
  let k = noun - 1;
  while (k >= 0 && noun - k <= MAX_MODIFIERS && isWord(tokens[k]) && !tokens[k]!.cap && !tokens[k]!.possessive && !startsPhrase(tokens[k]!)) k--;
  const t = tokens[k];
  if (!isWord(t) || !t.possessive || !t.cap) return null;
  const phrase = leftPhrase(tokens, k + 1, 0);
  return phrase ? { phrase, pronoun: null } : null;
}

function objectOf(tokens: FrameToken[], noun: number): RuleSpeaker | null {
  let k = noun - 1;
  while (k >= 0 && noun - k <= MAX_MODIFIERS && isWord(tokens[k]) && !tokens[k]!.cap && !isVerbish(tokens[k]!) && !startsPhrase(tokens[k]!)) k--;
  if (isWord(tokens[k]) && startsPhrase(tokens[k]!)) k--;
  const verb = tokens[k];
  if (!isWord(verb) || !isVerbish(verb)) return null;
  return preverbal(tokens, k);
}

export function speechNoun(tokens: FrameToken[], noun: number): RuleSpeaker | null {
  if (!isSpeechNoun(tokens[noun])) return null;
  return owner(tokens, noun) ?? objectOf(tokens, noun);
}
