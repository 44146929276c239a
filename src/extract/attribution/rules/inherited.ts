// Clauses that share an earlier subject: "…, adding that …", "… and said …", "saying …".
import type { FrameToken } from '../frame.js';
import { COORDINATORS } from '../lexicon.js';
import { isComma, isWord } from '../nounPhrase.js';
import { beforeAdverbs } from './preverbal.js';

export function inherited(tokens: FrameToken[], verb: number): 'inherit' | null {
  const j = beforeAdverbs(tokens, verb);
  const last = tokens[j];
  if (j < 0) return tokens[verb]!.lower.endsWith('ing') ? 'inherit' : null;
  // "…, adding", "was quoted as saying"
  if ((isComma(last) || (isWord(last) && last.lower === 'as')) && tokens[verb]!.lower.endsWith('ing')) return 'inherit';
  if (isWord(last) && COORDINATORS.has(last.lower)) return 'inherit';
  return null;
}
