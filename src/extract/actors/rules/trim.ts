// Rule: words that start a run but are not part of the name: "Suspected Islamic State …",
// "Former …", and, at the start of a sentence, a common English word before a name.
import { isCommonWord, isKnownName } from '../english.js';
import { WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

export function trimLeading(words: Word[]): Word[] {
  // "Conservative Party": the first word belongs to an organisation's name.
  if (WORDS.orgCues.has(words[words.length - 1]!.folded)) return words;
  let from = 0;
  while (from < words.length - 1) {
    const w = words[from]!;
    // A joiner after the word ("North and South Kivu") makes it part of the name.
    // "New York", "Los Angeles": the lexicon knows the pair as one name.
    const pairIsName = isKnownName(`${w.text} ${words[from + 1]!.text}`);
    if (WORDS.nonNameStarters.has(w.folded) || (w.clauseStart && from === 0 && isCommonWord(w.text) && words[from + 1]!.cap && !pairIsName)) from++;
    else break;
  }
  return words.slice(from);
}

/** Drop trailing joiners left after cutting ("Ministry of"). */
export function trimTrailing(words: Word[]): Word[] {
  let to = words.length;
  while (to > 0 && !words[to - 1]!.cap) to--;
  return words.slice(0, to);
}
