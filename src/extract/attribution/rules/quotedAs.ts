// "The statement quoted Mr Kanoma as saying …", "state media cited the minister as
// saying …": the speaker is the one quoted, not the one quoting.
import type { FrameToken } from '../frame.js';
import { REPORTING_VERBS } from '../lexicon.js';
import { isWord, rightPhrase } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const QUOTING = new Set(['quote', 'cite']);

export function quotedAs(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  const lemma = REPORTING_VERBS.get(tokens[verb]!.lower);
  if (!lemma || !QUOTING.has(lemma)) return null;
  const phrase = rightPhrase(tokens, verb + 1, tokens.length);
  if (!phrase) return null;
  const as = tokens[phrase.to];
  const saying = tokens[phrase.to + 1];
  if (!isWord(as) || as.lower !== 'as' || !isWord(saying) || !saying.lower.endsWith('ing') || !REPORTING_VERBS.has(saying.lower)) return null;
  return { phrase, pronoun: null };
}
