// A name next to a quotation with no verb, in headline and transcript style: before it
// with a colon ("Zelensky: ‘We will not cede land’", "Army spokesman Ali Musa: “Calm
// has returned.”") or after it with a dash ("‘They bombed us while we slept’ — survivor").
import type { FrameToken } from '../frame.js';
import { hasCapital, isWord, leftPhrase, rightPhrase } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

const DASHES = new Set(['—', '–', '-']);

export function colonLabel(tokens: FrameToken[], colon: number): RuleSpeaker | null {
  const t = tokens[colon];
  if (t?.kind !== 'punct' || t.text !== ':' || tokens[colon + 1]?.kind !== 'quote') return null;
  const first = tokens.findIndex((x) => x.kind === 'word');
  const phrase = leftPhrase(tokens, colon, 0);
  if (!phrase || phrase.from !== first || !hasCapital(tokens, phrase)) return null;
  return { phrase, pronoun: null };
}

/** "‘…’ — survivor": a dash after the quotation and a noun phrase that ends the sentence. */
export function dashLabel(tokens: FrameToken[], dash: number): RuleSpeaker | null {
  const t = tokens[dash];
  if (t?.kind !== 'punct' || !DASHES.has(t.text) || tokens[dash - 1]?.kind !== 'quote') return null;
  const phrase = rightPhrase(tokens, dash + 1, tokens.length);
  if (!phrase || tokens.slice(phrase.to).some(isWord)) return null;
  return { phrase, pronoun: null };
}
