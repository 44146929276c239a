// What a speaker rule returns for one reporting verb.
import type { FrameToken } from '../frame.js';
import type { Range } from '../nounPhrase.js';

export interface RuleSpeaker {
  /** The phrase naming the speaker ("its director, Abdullahi Sheikh Omar" → the name part is chosen later). */
  phrase: Range;
  /** "he", "she", "it", "they" when the speaker is a pronoun. */
  pronoun: string | null;
}

/** A rule: the speaker of the reporting verb at `verb`, 'inherit' when the clause shares an earlier subject, or null. */
export type SpeakerRule = (tokens: FrameToken[], verb: number) => RuleSpeaker | 'inherit' | null;
