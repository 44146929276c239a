// A name and a colon before a quotation, with no verb: the headline and transcript
// style "Zelensky: ‘We will not cede land’", "Army spokesman Ali Musa: “Calm has returned.”".
import type { FrameToken } from '../frame.js';
import { hasCapital, leftPhrase } from '../nounPhrase.js';
import type { RuleSpeaker } from './types.js';

export function colonLabel(tokens: FrameToken[], colon: number): RuleSpeaker | null {
  const t = tokens[colon];
  if (t?.kind !== 'punct' || t.text !== ':' || tokens[colon + 1]?.kind !== 'quote') return null;
  const first = tokens.findIndex((x) => x.kind === 'word');
  const phrase = leftPhrase(tokens, colon, 0);
  if (!phrase || phrase.from !== first || !hasCapital(tokens, phrase)) return null;
  return { phrase, pronoun: null };
}
