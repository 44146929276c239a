// Hedged claims: "likely", "reportedly", "allegedly", "claimed", "is expected to",
// "could", "may" … (data/hedges.json), matched on token sequences.
import type { Token } from '../../../document/index.js';
import { HEDGE_PHRASES } from './wordLists.js';

/** "May" the month is not a hedge; compromise tags it as a date. */
const isMonth = (token: Token) => token.tags.has('Month') || token.tags.has('Date');

/** Hedge phrases by their first word, so each token is checked against few phrases. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of HEDGE_PHRASES) {
  const list = BY_FIRST_WORD.get(phrase[0]!) ?? [];
  list.push(phrase);
  BY_FIRST_WORD.set(phrase[0]!, list);
}

export function isHedged(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.normal.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    for (const phrase of BY_FIRST_WORD.get(words[i]!) ?? []) {
      if (phrase.length === 1 && phrase[0] === 'may' && isMonth(tokens[i]!)) continue;
      if (phrase.every((w, k) => words[i + k] === w)) return true;
    }
  }
  return false;
}
