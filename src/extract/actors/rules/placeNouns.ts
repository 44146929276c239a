// Rule: a lowercase place noun after a name is part of the name when an article introduces it
// ("the Neelum valley", "the Keran sector", "the Abu Helal school", "the city’s X district") or when the name alone is only a direction
// ("the West department"); "Konduga town" without an article keeps "Konduga".
import type { Sentence } from '../../../document/index.js';
import { PLACE_NOUNS_AFTER_NAME } from '../../../lexicon/kindNouns.js';
import { WORDS } from '../lexicon.js';
import { suggest, type Mention } from '../mention.js';
import { indexOfWord, type Word } from '../words.js';

const PLACE_NOUNS = new Set(PLACE_NOUNS_AFTER_NAME);

export function extendPlaceNouns(sentence: Sentence, words: Word[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.known || m.capitalOf || m.words.length > 3) continue;
    const i = indexOfWord(words, m.words[0]!);
    const prev = words[i - 1];
    const next = words[i + m.words.length];
    if (!next || next.cap || !PLACE_NOUNS.has(next.folded) || !/^\s+$/.test(next.gap) || m.words[0]!.possessive) continue;
    // "the city’s Kholodnohirskyi district": an owner's possessive introduces it like "the".
    const introduced = prev?.folded === 'the' || (prev?.possessive && !prev.cap);
    if (!introduced && !(m.words.length === 1 && WORDS.directions.has(m.words[0]!.folded))) continue;
    m.core = m.text;
    m.words = [...m.words, next];
    m.end = next.end;
    m.text = sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
    suggest(m, 'place', 7);
  }
}
