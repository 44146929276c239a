// Rule: ordinary English words in capitals are not names by themselves. A single word
// ("Families", "Together", "Security" opening a caption) needs the words around it to make it a
// name ("Tank district", "spokesman Rice", "the Raiders"); several ordinary words without an organisation,
// media, place or group word ("Situation Report", "SITUATION OVERVIEW") are page furniture when
// they are in capitals, fill the whole line, open a sentence, or are what is left of a run after
// a listed name ("Thomson Reuters Trust Principles").
import { ACTOR_NAME_JOINERS } from '../../../lexicon/names.js';
import { isEnglishWord } from '../english.js';
import { WORDS } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { indexOfWord } from '../words.js';
import { endsInOrgWord } from './segments.js';

const JOINERS = new Set(ACTOR_NAME_JOINERS);
const HEAD_CUES = [WORDS.orgCues, WORDS.mediaCues, WORDS.placeCues];

/** A word that makes an organisation, outlet, place or group of a name ("… Council", "Radio …", "… Brigades"). */
function hasCue(words: Mention['words'], content: Mention['words']): boolean {
  const head = content[content.length - 1]!.folded;
  return HEAD_CUES.some((cue) => cue.has(head)) || endsInOrgWord(words) || WORDS.mediaLeads.has(content[0]!.folded) || content.some((w) => WORDS.groupCues.has(w.folded));
}

/** Context strong enough to make a name of an ordinary word (a place noun after it, a role before it…). */
const CONTEXT_NEEDED = 3;

/** "the Raiders", "the Kremlin": an article before a capitalised word inside a sentence marks a name. */
function afterThe(m: Mention): boolean {
  const first = m.words[0]!;
  const prev = m.sentenceWords[indexOfWord(m.sentenceWords, first) - 1];
  return !first.clauseStart && prev?.folded === 'the' && /^\s+$/.test(first.gap);
}

export function isPlainWords(m: Mention): boolean {
  if (m.known || m.capitalOf || m.titled || m.sameAs || m.nominal || m.dateline || m.defined) return false;
  const content = m.words.filter((w) => !JOINERS.has(w.folded));
  if (!content.length || !content.every((w) => isEnglishWord(w.text))) return false;
  if (content.length === 1) return (m.context ?? 0) < CONTEXT_NEEDED && !afterThe(m);
  if (hasCue(m.words, content)) return false;
  const wholeLine = m.sentence.text.trim().replace(/[.:!?]$/, '') === m.text;
  return content.every((w) => w.allCaps) || wholeLine || Boolean(m.remnant) || m.words[0]!.clauseStart;
}
