// "according to X": the source follows the cue.
import type { FrameToken } from '../frame.js';
import { isWord, rightPhrase } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

export const isAccordingTo = (tokens: FrameToken[], i: number) =>
  tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to' && isWord(tokens[i + 1]);

export function accordingTo(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  if (!isAccordingTo(tokens, verb)) return null;
  const phrase = rightPhrase(tokens, verb + 2, tokens.length);
  return phrase ? { phrase, pronoun: null } : null;
}
