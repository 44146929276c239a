// What kind of figure an item is, for the summary: a headline, a running total of a
// whole conflict, a figure referred back to ("the 12 victims"), or a reported event.
import type { Casualty } from '../../schema/result.js';
import type { SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import type { Draft } from './rules/types.js';

export type Scope = NonNullable<Casualty['scope']>;

const SENTENCE_END = /[.!?]["'”’)]?\s*$/;
const PERFECT = new Set(['has', 'have', 'had']);
const DEFINITE = new Set(['the', 'these', 'those', 'all']);
const MARKER_WINDOW = 6;
const SUBJECT_WINDOW = 4;

const APPOSITION_WINDOW = 8;

/** "The war, now in its third year, has killed": the word before a parenthetical ending at i. */
function beforeApposition(words: SentenceContext['words'], i: number): number {
  if (words[i]?.text !== ',') return i;
  for (let j = i - 1; j >= Math.max(0, i - APPOSITION_WINDOW); j--) {
    if (words[j]!.text === ',') return j - 1;
  }
  return i;
}

/** "The conflict has killed", "It has killed", "... since 2009", "so far this year". */
function isCumulative(ctx: SentenceContext, d: Draft): boolean {
  const { words } = ctx;
  const verb = d.from;
  if (verb < d.mention.start && PERFECT.has(words[verb - 1]?.lower ?? '')) {
    const subjectEnd = beforeApposition(words, verb - 2);
    for (let j = subjectEnd; j >= Math.max(0, subjectEnd + 1 - SUBJECT_WINDOW); j--) {
      if (lexicon.cumulativeSubjects.endingAt(words, j)) return true;
      if (words[j]!.kind !== 'word') break;
    }
  }
  for (let k = d.to; k < Math.min(words.length, d.to + MARKER_WINDOW); k++) {
    const marker = lexicon.cumulativeMarkers.at(words, k);
    if (!marker) continue;
    if (words[k]!.lower !== 'since' || marker.end - marker.start > 1) return true;
    const next = words[marker.end];
    // "since 2009", "since October 2023": a start date makes a running total.
    if (next && (next.kind === 'number' || ctx.dateRanges.overlaps(next.start, next.end))) return true;
  }
  return false;
}

/** "bringing the death toll to 25", "the toll rose to 25": an updated toll that includes the figures before it. */
function isRunningTotal(ctx: SentenceContext, d: Draft): boolean {
  if (d.rule !== 'nounBefore') return false;
  for (let j = d.from - 1; j >= Math.max(0, d.from - 3); j--) {
    if (lexicon.runningTotalVerbs.has(ctx.words[j]!.lower)) return true;
  }
  // "the death toll from Saturday's bombing rose to 40": the toll rising to the figure.
  for (let j = d.from + 1; j < d.mention.start; j++) {
    if (lexicon.tollRiseVerbs.has(ctx.words[j]!.lower)) return true;
  }
  return false;
}

/** `previous`: the draft before this one in the sentence and its scope. */
export function scopeOf(ctx: SentenceContext, d: Draft, previous?: { draft: Draft; scope: Scope }): Scope {
  if (ctx.sentence.role === 'title' && !SENTENCE_END.test(ctx.sentence.text)) return 'headline';
  if (isCumulative(ctx, d)) return 'cumulative';
  // "The conflict has killed 35,000 people and displaced two million": one subject.
  if (previous?.scope === 'cumulative' && (d.rule === 'coordination' || (d.rule === 'verbBefore' && ctx.words[d.from - 1]?.lower === 'and'))) return 'cumulative';
  if (isRunningTotal(ctx, d)) return 'total';
  let j = d.mention.start - 1;
  while (j >= 0 && ctx.words[j]!.kind === 'quote') j--;
  const before = ctx.words[j]?.lower ?? '';
  if (DEFINITE.has(before) || (d.mention.kind === 'person' && DEFINITE.has(ctx.words[d.mention.start]!.lower))) return 'repeat';
  return 'event';
}
