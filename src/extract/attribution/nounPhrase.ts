// Noun phrases around a reporting verb: the subject to its left ("the security
// source told"), the name to its right ("said Bukar Modu, a farmer"), and the
// comma-bounded segments of appositions ("Muslim Khan, a spokesman, said").
import type { FrameToken } from './frame.js';
import { ADVERBS, BOUNDARIES, DETERMINERS, INNER_NAME_WORDS, LOCATIVE_PREPOSITIONS, NAME_PARTICLES, PARTITIVES, PERSON_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, isReportingVerb } from './lexicon.js';

export const MAX_PHRASE = 14;

export interface Range {
  from: number;
  /** Exclusive. */
  to: number;
}

const SEGMENT_BREAKS = new Set([',', ':', ';', '—', '–', '[', ']']);
export const isWord = (t: FrameToken | undefined): t is FrameToken => t?.kind === 'word';
export const isComma = (t: FrameToken | undefined) => t?.kind === 'punct' && t.text === ',';
export const isSegmentBreak = (t: FrameToken | undefined) => t === undefined || t.kind === 'quote' || (t.kind === 'punct' && SEGMENT_BREAKS.has(t.text));
export const startsPhrase = (t: FrameToken) => DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower);
/** "one of the residents": a partitive quantifier and "of" starting at `i`. */
export const isPartitiveAt = (tokens: FrameToken[], i: number): boolean =>
  isWord(tokens[i]) && PARTITIVES.has(tokens[i]!.lower) && isWord(tokens[i + 1]) && tokens[i + 1]!.lower === 'of';
export const isPronoun = (t: FrameToken | undefined) => isWord(t) && PRONOUNS.has(t.lower) && !t.possessive;

/** A lower-case word that reads as a verb (compromise says Verb and nothing nominal). */
export function isVerbish(t: FrameToken): boolean {
  if (t.cap) return false;
  // "the report said": a reporting-verb form the parser reads as a noun only is a noun.
  if (isReportingVerb(t.lower)) return !(t.tags.has('Noun') && !t.tags.has('Verb'));
  const tags = t.tags;
  return tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective');
}

/** A capitalised word or a number, as in "(March 23 Movement)". */
const isNameWord = (t: FrameToken | undefined) => isWord(t) && (t.cap || /^\p{N}/u.test(t.text));

const isParenGroupEnd = (tokens: FrameToken[], i: number, floor: number): number => {
  // ")" closing "(ACRONYM)" or "(Two Words)": returns the index of "(", or -1.
  if (tokens[i]?.text !== ')') return -1;
  for (let k = i - 1; k >= Math.max(floor, i - 4); k--) {
    const t = tokens[k]!;
    if (t.text === '(') return k < i - 1 ? k : -1;
    if (!isNameWord(t)) return -1;
  }
  return -1;
};

/** Whether the word may sit inside a noun phrase at all. */
function phraseWord(t: FrameToken): boolean {
  if (PRONOUNS.has(t.lower) && !t.possessive) return false;
  if (t.cap) return true;
  if (BOUNDARIES.has(t.lower) || ADVERBS.has(t.lower)) return false;
  return !isVerbish(t);
}

/** The noun phrase ending just before `end`, not reaching below `floor`. */
export function leftPhrase(tokens: FrameToken[], end: number, floor: number): Range | null {
  let i = end - 1;
  let from = end;
  let words = 0;
  while (i >= floor && words < MAX_PHRASE) {
    const t = tokens[i]!;
    const paren = isParenGroupEnd(tokens, i, floor);
    if (paren >= 0) {
      from = paren;
      i = paren - 1;
      continue;
    }
    if (!isWord(t)) break;
    if (startsPhrase(t)) {
      from = i;
      // "one of the residents": the partitive belongs to the phrase.
      const of = tokens[i - 1];
      if (i - 2 >= floor && isWord(of) && of.lower === 'of' && isWord(tokens[i - 2]) && PARTITIVES.has(tokens[i - 2]!.lower)) from = i - 2;
      break;
    }
    // A capitalised function word starts a sentence ("After Pakistan declared"), unless inside a name ("Doctors Without Borders").
    if (t.cap && BOUNDARIES.has(t.lower) && !tokens[i - 1]?.cap) break;
    if (!t.cap && INNER_NAME_WORDS.has(t.lower)) {
      // "Office for the Coordination of Humanitarian Affairs": only between capitals.
      const right = tokens[from];
      let k = i - 1;
      while (k >= floor && isWord(tokens[k]) && !tokens[k]!.cap && INNER_NAME_WORDS.has(tokens[k]!.lower)) k--;
      if (from < end && right?.cap && isWord(tokens[k]) && tokens[k]!.cap && !tokens[k]!.possessive) {
        from = k + 1;
        i = k;
        continue;
      }
      break;
    }
    if (!phraseWord(t)) break;
    // "one of them"
    if (t.lower === 'them' && from === end && i - 2 >= floor && isPartitiveAt(tokens, i - 2)) {
      from = i - 2;
      break;
    }
    // A possessive ends the phrase on its left: "Pakistan’s Information Minister".
    if (t.possessive && from < end) {
      from = i;
      i--;
      words++;
      if (!tokens[i]?.cap) break;
      continue;
    }
    from = i;
    i--;
    words++;
  }
  return from < end ? { from, to: end } : null;
}

const isRoleOrName = (t: FrameToken | undefined) => isWord(t) && !t.possessive && (t.cap || PERSON_NOUNS.has(t.lower));
const isRole = (t: FrameToken | undefined) => isWord(t) && !t.cap && PERSON_NOUNS.has(t.lower);

/** A lower-case word the tagger reads as a verb that modifies a role or name after it: "party campaign manager Rui Costa". */
function modifiesRole(tokens: FrameToken[], i: number, inPhrase: boolean): boolean {
  // "Okafor endorsed Paul Mensah": a past tense is the clause's verb, not a modifier.
  if (tokens[i]!.cap || tokens[i]!.tags.has('PastTense')) return false;
  const next = tokens[i + 1];
  if (inPhrase ? isRoleOrName(next) : isRole(next)) return true;
  return isWord(next) && !next.cap && !PERSON_NOUNS.has(next.lower) && isRole(tokens[i + 2]);
}

/** The noun phrase starting at `start` ("the UN Office for the Coordination of Humanitarian Affairs (OCHA)"). */
export function rightPhrase(tokens: FrameToken[], start: number, ceiling: number): Range | null {
  let i = start;
  while (i < ceiling && isWord(tokens[i]) && startsPhrase(tokens[i]!)) i++;
  // "one of the residents"
  if (i > start && i + 1 < ceiling && tokens[i]!.lower === 'of' && isWord(tokens[i]) && PARTITIVES.has(tokens[i - 1]!.lower)) {
    i++;
    while (i < ceiling && isWord(tokens[i]) && startsPhrase(tokens[i]!)) i++;
  }
  let to = start;
  let words = 0;
  while (i < ceiling && words < MAX_PHRASE) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') {
      let k = i + 1;
      while (k < ceiling && isNameWord(tokens[k]) && k < i + 4) k++;
      if (k > i + 1 && tokens[k]?.text === ')') {
        to = k + 1;
        i = k + 1;
        continue;
      }
      break;
    }
    if (!isWord(t)) break;
    if (!t.cap && (INNER_NAME_WORDS.has(t.lower) || NAME_PARTICLES.has(t.lower))) {
      let k = i;
      while (k < ceiling && isWord(tokens[k]) && !tokens[k]!.cap && (INNER_NAME_WORDS.has(tokens[k]!.lower) || NAME_PARTICLES.has(tokens[k]!.lower))) k++;
      if (to > start && tokens[to - 1]!.cap && isWord(tokens[k]) && tokens[k]!.cap) {
        i = k;
        continue;
      }
      break;
    }
    // "Clinton campaign manager Robby Mook": a word the tagger reads as a verb is a modifier between a name and a role.
    if (!phraseWord(t) && !modifiesRole(tokens, i, to > start)) break;
    to = i + 1;
    i++;
    words++;
    if (t.possessive && !tokens[i]?.cap) {
      // "MSF’s emergency coordinator": the phrase goes on after a possessive.
      continue;
    }
  }
  return to > start ? { from: start, to } : null;
}

/** Start of the comma-bounded segment that ends before `end`. */
export function segmentStart(tokens: FrameToken[], end: number, floor: number): number {
  let i = end - 1;
  while (i >= floor && !isSegmentBreak(tokens[i])) i--;
  return i + 1;
}

const MAX_PLACE_TAIL = 3;

/** "Pa." in "a teacher in Allentown, Pa., said": a short capitalised segment after a place named with "in", "of" or "from". */
function isPlaceTail(tokens: FrameToken[], range: Range): boolean {
  const words = tokens.slice(range.from, range.to);
  if (!words.length || words.length > MAX_PLACE_TAIL || !words.every((t) => isWord(t) && t.cap)) return false;
  let k = range.from - 2;
  if (!isComma(tokens[k + 1]) || !isWord(tokens[k]) || !tokens[k]!.cap) return false;
  while (k > 0 && isWord(tokens[k - 1]) && tokens[k - 1]!.cap) k--;
  const preposition = tokens[k - 1];
  return isWord(preposition) && LOCATIVE_PREPOSITIONS.has(preposition.lower);
}

/** A segment that describes rather than names: "a spokesman for …", "the army spokesman", "OCHA’s deputy …", "62", "who …", a place's state ("Pa."). */
export function isDescriptor(tokens: FrameToken[], range: Range): boolean {
  const first = tokens[range.from];
  if (!isWord(first)) return false;
  if (startsPhrase(first) || first.possessive) return true;
  if (/^\p{N}/u.test(first.text)) return true;
  return !first.cap || isPlaceTail(tokens, range);
}

/** Does the phrase contain a capitalised word? */
export const hasCapital = (tokens: FrameToken[], range: Range) => {
  for (let k = range.from; k < range.to; k++) if (tokens[k]!.cap) return true;
  return false;
};
