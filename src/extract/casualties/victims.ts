// The victims named after a figure: "23 [Pakistani soldiers]", "dozens of [women and
// children]", "two of [the wounded]", "nine [members of the Civilian Joint Task Force
// (CJTF)]", "17 of [them]".
import { isPlainVerb, tagsOf, type SentenceContext } from './context.js';
import { isOutcomeWord, lexicon } from './lexicon.js';
import { phrasePredicate } from './phrasePredicates.js';
import { readQuantity } from './quantity.js';
import type { Word } from './words.js';

export interface Victims {
  /** Word indices [start, end) of the victims' words; start === end when none. */
  start: number;
  end: number;
  /** Index just after everything read (partitive "of", quote marks, victims). */
  next: number;
  /** "two of the wounded", "17 of them". */
  partitive: boolean;
  /** The head noun, lower-cased ("members" for "members of the CJTF"), or null. */
  head: string | null;
  /** "40 [wounded] people": an outcome adjective before the noun. */
  outcomeAdjective: number | null;
}

/** "four of them", "some of whom": the pronoun after a partitive's "of". */
export const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'us', 'these']);
const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);
const MAX_WORDS = 9;
/** Determiners inside an "of" phrase: "members of a family", "residents of the village". */
const OF_DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its']);

const isWord = (w: Word | undefined): w is Word => !!w && w.kind === 'word';

/** A verb, unless it is a participle modifying the noun after it ("allied fighters"). */
function isVerbNotModifier(ctx: SentenceContext, i: number): boolean {
  if (!isPlainVerb(ctx, i)) return false;
  const next = tagsOf(ctx, i + 1);
  return !(/ed$/.test(ctx.words[i]!.lower) && next.has('Noun') && !next.has('Pronoun') && !lexicon.nounPhraseStops.has(ctx.words[i + 1]?.lower ?? ''));
}

/** Does word i begin a new figure or a new person ("and two soldiers", "and a policeman")? */
function beginsNewMention(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (w.kind === 'number' || readQuantity(words, i)) return true;
  return lexicon.singularDeterminers.has(w.lower) || lexicon.reflexives.has(w.lower);
}

export function readVictims(ctx: SentenceContext, from: number, allowOf: boolean): Victims {
  const { words } = ctx;
  let k = from;
  let partitive = false;
  let outcomeAdjective: number | null = null;
  while (words[k]?.kind === 'quote') k++;
  if (words[k]?.lower === 'of') {
    const next = words[k + 1];
    if (next && PARTITIVE_PRONOUNS.has(next.lower)) {
      return { start: k + 1, end: k + 2, next: k + 2, partitive: true, head: next.lower, outcomeAdjective: null };
    }
    if (next && PARTITIVE_DETERMINERS.has(next.lower)) {
      partitive = true;
      k += 1;
    } else if (allowOf) k += 1;
    else return { start: from, end: from, next: from, partitive: false, head: null, outcomeAdjective: null };
  }
  // "two more soldiers": "more" adds to an earlier figure and is not a victim word.
  if (words[k]?.lower === 'more' && !partitive) k++;
  const start = k;
  let end = k;
  let head: string | null = null;
  let headLocked = false;
  let count = 0;
  while (k < words.length && count < MAX_WORDS) {
    const w = words[k]!;
    if (w.kind === 'quote') {
      k++;
      continue;
    }
    if (w.text === '(' && end > start && words[k + 2]?.text === ')' && isWord(words[k + 1]) && /^\p{Lu}/u.test(words[k + 1]!.text)) {
      k += 3;
      end = k;
      continue;
    }
    // "a 23-year-old farmer": a number glued to a word by a hyphen is a modifier.
    if (w.kind === 'number' && words[k + 1]?.text === '-' && isWord(words[k + 2]) && words[k + 1]!.start === w.end) {
      k += 3;
      end = k;
      continue;
    }
    if (w.kind !== 'word') break;
    // "killed 5 people Sunday night": a time expression ends the victims.
    if (end > start && ctx.dateRanges.overlaps(w.start, w.end)) break;
    if (partitive && k === start && PARTITIVE_DETERMINERS.has(w.lower)) {
      k++;
      continue;
    }
    if (w.lower === 'of' && end > start) {
      const target = OF_DETERMINERS.has(words[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      // "members of one family", "residents of two villages": the number describes the group.
      const described = readQuantity(words, target);
      const inner = described ? described.end : target;
      if (!isWord(words[inner]) || lexicon.nounPhraseStops.has(words[inner]!.lower) || isOutcomeWord(words, inner)) break;
      headLocked = true;
      k = inner;
      end = k;
      continue;
    }
    if ((w.lower === 'and' || w.lower === 'or') && end > start) {
      const next = words[k + 1];
      if (isWord(next) && !beginsNewMention(words, k + 1) && !lexicon.nounPhraseStops.has(next.lower) && !isOutcomeWord(words, k + 1) && !isVerbNotModifier(ctx, k + 1)) {
        k++;
        continue;
      }
      break;
    }
    if (lexicon.nounPhraseStops.has(w.lower) && !(partitive && k === start)) break;
    if (isOutcomeWord(words, k)) {
      // "two of the wounded": the outcome word names the group.
      if (partitive && end === start) {
        k++;
        end = k;
        head = w.lower;
        break;
      }
      // "40 wounded people": an outcome adjective before its noun.
      const next = words[k + 1];
      if (end === start && outcomeAdjective === null && isWord(next) && !lexicon.nounPhraseStops.has(next.lower) && !isOutcomeWord(words, k + 1) && !isPlainVerb(ctx, k + 1)) {
        outcomeAdjective = k;
        k++;
        continue;
      }
      break;
    }
    if (end > start && (isVerbNotModifier(ctx, k) || phrasePredicate(words, k, null))) break;
    if (lexicon.nonVictimNouns.has(w.lower) && end === start) break;
    k++;
    end = k;
    count++;
    if (!headLocked) head = w.lower;
  }
  if (outcomeAdjective !== null && end === start) {
    // "14 dead and": the adjective stands alone, so it is the predicate, not a modifier.
    return { start: from, end: from, next: from, partitive: false, head: null, outcomeAdjective: null };
  }
  const victimsStart = outcomeAdjective !== null ? outcomeAdjective + 1 : start;
  return { start: victimsStart, end, next: Math.max(end, victimsStart), partitive, head, outcomeAdjective };
}

/** The victims' text as written, without surrounding quote marks; null when none. */
export function victimsText(ctx: SentenceContext, v: Victims): string | null {
  if (v.end <= v.start) return null;
  const { words, doc } = ctx;
  let s = v.start;
  let e = v.end;
  while (s < e && words[s]!.kind === 'quote') s++;
  while (e > s && words[e - 1]!.kind === 'quote') e--;
  if (e <= s) return null;
  // Quote marks inside ("30 “apostate” soldiers") say who calls them so; the victims are the words.
  return doc.text.slice(words[s]!.start, words[e - 1]!.end).replace(/[“”"«»]|(?<![\p{L}])[‘']|[’'](?![\p{L}])/gu, '').replace(/\s+/g, ' ').trim();
}
