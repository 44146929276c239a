// Predicates with a free slot, which a fixed word list cannot hold: "sustained gunshot
// injuries", "in the custody of the bandits", "deserted their ancestral homes" and
// "crossed into Burundi" (civilians only).
import type { Outcome } from '../../schema/result.js';
import { lexicon } from './lexicon.js';
import type { Word } from './words.js';

export interface PhrasePredicate {
  value: Outcome;
  /** Word indices [start, end). */
  start: number;
  end: number;
}

const MAX_INJURY_MODIFIERS = 3;
const MAX_HOLDER = 4;
const HOLDER_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'its']);

/** "sustained gunshot injuries", "suffered serious burns"; "sustained fatal wounds" is killed. */
function sufferedInjury(words: Word[], j: number): PhrasePredicate | null {
  if (!lexicon.sufferVerbs.has(words[j]?.lower ?? '')) return null;
  let fatal = false;
  for (let k = j + 1; k < Math.min(words.length, j + 2 + MAX_INJURY_MODIFIERS); k++) {
    const w = words[k]!;
    if (w.kind !== 'word') return null;
    if (lexicon.injuryNouns.has(w.lower)) return { value: fatal ? 'killed' : 'injured', start: j, end: k + 1 };
    if (lexicon.fatalModifiers.has(w.lower)) fatal = true;
  }
  return null;
}

/** "in the custody of the bandits" (abducted), "in the custody of the police" (arrested), "of the group" (neither). */
function heldBy(words: Word[], j: number): PhrasePredicate | null {
  const phrase = lexicon.custodyPhrases.at(words, j);
  if (!phrase) return null;
  let k = phrase.end;
  while (HOLDER_DETERMINERS.has(words[k]?.lower ?? '')) k++;
  let head = k;
  while (head < Math.min(words.length, k + MAX_HOLDER) && words[head]!.kind === 'word' && !lexicon.nounPhraseStops.has(words[head]!.lower)) head++;
  if (head === k) return null;
  if (lexicon.perpetrators.has(words[head - 1]!.lower)) return { value: 'abducted', start: j, end: head };
  const said = words.slice(phrase.start, phrase.end).map((w) => w.lower).join(' ');
  const authority = lexicon.custodyAuthorities.has(words[head - 1]!.lower);
  return authority && lexicon.arrestCustody.has(said) ? { value: 'arrested', start: j, end: head } : null;
}

/** "40,000 people have crossed into Burundi": refugees, when the people are civilians. */
function crossedBorder(words: Word[], j: number, victimsHead: string | null): PhrasePredicate | null {
  if (!victimsHead || !lexicon.crossingVictims.has(victimsHead)) return null;
  const phrase = lexicon.crossings.at(words, j);
  return phrase ? { value: 'displaced', start: j, end: phrase.end } : null;
}

const MAX_HOME_MODIFIERS = 2;

/** "deserted their homes", "were sacked from their ancestral homes", "driven out of the villages". */
function leftHome(words: Word[], j: number): PhrasePredicate | null {
  const verb = lexicon.leavingVerbs.at(words, j);
  if (!verb) return null;
  let k = verb.end;
  if (!lexicon.possessives.has(words[k]?.lower ?? '') && words[k]?.lower !== 'the') return null;
  for (const last = k + 1 + MAX_HOME_MODIFIERS; ++k <= last && words[k]?.kind === 'word';) {
    if (lexicon.homeNouns.has(words[k]!.lower)) return { value: 'displaced', start: j, end: k + 1 };
  }
  return null;
}

export function phrasePredicate(words: Word[], j: number, victimsHead: string | null): PhrasePredicate | null {
  return sufferedInjury(words, j) ?? heldBy(words, j) ?? leftHome(words, j) ?? crossedBorder(words, j, victimsHead);
}
