// Who says a sentence: "X said (that)", "said X", "according to X", "X told AFP",
// "X confirmed", "In a statement, X …". Shared by quotes, casualties and claims so
// that the three agree on sources.
import type { Document, Sentence } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';

export interface SentenceAttribution {
  /** The source as written, trimmed of determiners ("security source", "Tarar", "officials"). */
  name: string;
  /** Actor id when the source is one of the actors, else null. */
  actor: string | null;
  /** Reporting verb or phrase ("said", "told", "according to"), or null. */
  cue: string | null;
  /** Where it was said ("X", "statement", "interview", "AFP" for "told AFP"), or null. */
  channel: string | null;
  /** UTF-16 offsets of the source's words in the document. */
  start: number;
  end: number;
}

/** The reporting source of a sentence, or null when the article asserts it itself. */
export function attributeSentence(_doc: Document, _sentence: Sentence, _actors: Actor[]): SentenceAttribution | null {
  return null;
}
