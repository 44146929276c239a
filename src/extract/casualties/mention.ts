// A mention of people that may be a casualty figure: a number ("at least 23 people"),
// one person ("a policeman", "the driver") or a reflexive ("himself").
import type { SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import { namesPeople } from './nouns.js';
import { readQuantity, type Quantity } from './quantity.js';
import { notAFigure } from './rules/notAFigure.js';
import { PARTITIVE_PRONOUNS, readVictims, type Victims } from './victims.js';

export interface Mention {
  /** share: a percentage of a population ("nearly 40 percent of the residents"), with no count. */
  kind: 'figure' | 'person' | 'share';
  /** A person named without a determiner ("Sepoy Muhammad Arif"), found by the actors extractor. */
  named?: boolean;
  /** For a share, its bounds in percent. */
  share?: { low: number | null; high: number | null };
  /** Word indices [start, end) of the count ("more than 200", "a"). */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  approximate: boolean;
  victims: Victims;
}

function lastWordOfHead(head: string | null): string {
  return head?.split(/\s+/).pop() ?? '';
}

/** A single person: determiner + modifiers + a person noun ("a 23-year-old farmer"). */
function readPerson(ctx: SentenceContext, i: number): Mention | null {
  const w = ctx.words[i];
  // A figure can end the text ("dozens killed"): nothing follows to read.
  if (!w) return null;
  const one = (victims: Victims): Mention => ({ kind: 'person', start: i, end: i + 1, low: 1, high: 1, approximate: false, victims });
  const reflexive = lexicon.reflexives.get(w.lower);
  if (reflexive !== undefined) return one({ start: i, end: i + 1, next: i + 1, partitive: false, head: w.lower, outcomeAdjective: null });
  // "Bello’s brother": a name's possessive determines the person as "his" does.
  const possessiveName = /^\p{Lu}\S*['’]s$/u.test(w.text);
  if (!possessiveName && (!lexicon.singularDeterminers.has(w.lower) || w.lower === 'one')) return null;
  // "one soldier died and another was wounded", "another seriously injured": "another"
  // alone, then its predicate.
  let n = i + 1;
  while (lexicon.adverbs.has(ctx.words[n]?.lower ?? '')) n++;
  const next = ctx.words[n];
  if (w.lower === 'another' && next && (lexicon.auxiliaries.has(next.lower) || lexicon.predicates.at(ctx.words, n))) {
    return one({ start: i + 1, end: i + 1, next: i + 1, partitive: false, head: null, outcomeAdjective: null });
  }
  const victims = readVictims(ctx, i + 1, false);
  // "the injured constable breathed his last": an outcome adjective may describe the person.
  if (victims.end <= victims.start) return null;
  const head = ctx.words.slice(victims.start, victims.end);
  const headWord = lastWordOfHead(victims.head);
  // The head must be a person noun and the last word read before any "of" phrase.
  const headIndex = head.findIndex((h) => h.lower === headWord);
  if (headIndex < 0 || !lexicon.personNouns.endingAt(ctx.words, victims.start + headIndex)) return null;
  if (victims.end - victims.start > 6) return null;
  return one(victims);
}

/** "nearly 40 percent of the district's residents", "85% of Gaza's population": a share of people. */
function readShare(ctx: SentenceContext, q: Quantity): Mention | null {
  const percent = lexicon.percentWords.at(ctx.words, q.end);
  if (!percent || ctx.words[percent.end]?.lower !== 'of') return null;
  const victims = readVictims(ctx, percent.end, true);
  if (!victims.head || !(lexicon.populationNouns.has(victims.head) || namesPeople(victims.head))) return null;
  return { kind: 'share', start: q.start, end: percent.end, low: null, high: null, approximate: q.approximate, share: { low: q.low, high: q.high }, victims };
}

/** A person named without a determiner ("Sepoy Muhammad Arif", "Mohammad Ashraf"), one the actors extractor found. */
function readNamed(ctx: SentenceContext, i: number): Mention | null {
  const { words } = ctx;
  const w = words[i];
  const end16 = w ? ctx.personNames?.get(w.start) : undefined;
  if (!w || end16 === undefined) return null;
  // "killing an SPO, Mohammad Ashraf,": a name after a comma is in apposition to the person just counted.
  if (words[i - 1]?.text === ',') return null;
  let e = i;
  while (e < words.length && words[e]!.end < end16) e++;
  if (words[e]?.end !== end16) return null;
  e++;
  // "Sanders’ son": a possessive names someone else.
  if (words[e]?.kind === 'quote' && words[e]!.start === end16) return null;
  return { kind: 'person', named: true, start: i, end: e, low: 1, high: 1, approximate: false, victims: { start: i, end: e, next: e, partitive: false, head: null, outcomeAdjective: null } };
}

/** The mention starting at word i, or null. */
export function readMention(ctx: SentenceContext, i: number): Mention | null {
  const q = readQuantity(ctx.words, i);
  if (q) {
    const share = readShare(ctx, q);
    if (share) return share;
    if (notAFigure(ctx, q)) return null;
    const victims = readVictims(ctx, q.end, q.vague || q.group);
    // "both of whom", "both of them": all of a group already counted, not a part of it.
    if (ctx.words[q.start]!.lower === 'both' && victims.partitive && victims.head && PARTITIVE_PRONOUNS.has(victims.head)) return null;
    if (victims.head && lexicon.nonVictimNouns.has(victims.head)) return null;
    // "300 head of cattle": "head" counts the animals named after it.
    if (victims.head === 'head' && lexicon.nonVictimNouns.has(ctx.words[victims.end - 1]!.lower)) return null;
    return { kind: 'figure', start: q.start, end: q.end, low: q.low, high: q.high, approximate: q.approximate, victims };
  }
  return readPerson(ctx, i) ?? readNamed(ctx, i);
}

/** Word index just past the mention's count and victims. */
export const mentionEnd = (m: Mention) => Math.max(m.end, m.victims.next);
