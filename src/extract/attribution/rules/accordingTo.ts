// "according to X": the source follows the cue. When X is a record ("according to data
// compiled by SBM Intelligence", "according to a statement issued by the army",
// "according to figures from the ministry"), the source is whoever the record is by.
import type { FrameToken } from '../frame.js';
import { DOCUMENT_NOUNS } from '../lexicon.js';
import { isWord, rightPhrase, type Range } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const AGENT_MARKERS = new Set(['by', 'from']);
/** Words between the record and its agent: "compiled", "issued", "released", "published"… */
const MAX_PARTICIPLES = 2;

export const isAccordingTo = (tokens: FrameToken[], i: number) =>
  tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to' && isWord(tokens[i + 1]);

const isParticiple = (t: FrameToken | undefined) => isWord(t) && !t.cap && (t.lower.endsWith('ed') || t.tags.has('PastTense') || t.tags.has('Participle'));

/** The agent of a record phrase: "data compiled by X" → X. */
function agentOf(tokens: FrameToken[], record: Range): Range | null {
  if (!DOCUMENT_NOUNS.has(tokens[record.to - 1]!.lower)) return null;
  let k = record.to;
  while (k < record.to + MAX_PARTICIPLES && isParticiple(tokens[k])) k++;
  const marker = tokens[k];
  if (!isWord(marker) || !AGENT_MARKERS.has(marker.lower)) return null;
  return rightPhrase(tokens, k + 1, tokens.length);
}

export function accordingTo(tokens: FrameToken[], verb: number): RuleSpeaker | null {
  if (!isAccordingTo(tokens, verb)) return null;
  // "according to figures from …": a record noun the parser read as a verb still starts the phrase.
  const first = tokens[verb + 2];
  const phrase = rightPhrase(tokens, verb + 2, tokens.length) ?? (isWord(first) && DOCUMENT_NOUNS.has(first.lower) ? { from: verb + 2, to: verb + 3 } : null);
  if (!phrase) return null;
  return { phrase: agentOf(tokens, phrase) ?? phrase, pronoun: null };
}
