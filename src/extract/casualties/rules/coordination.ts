// "killing five civilians and three soldiers", "were killed, alongside 23 Pakistani
// soldiers", "including three women and two children": a figure joined to the one before
// it shares its outcome (and its total, when that one is a breakdown).
import type { SentenceContext } from '../context.js';
import { lexicon } from '../lexicon.js';
import { mentionEnd, readMention, type Mention } from '../mention.js';
import { stepBack, type LinkRule } from './types.js';

const MAX_SUBJECTS = 4;

/** "…, two residents and a health worker told Reuters": the people who report, not more victims. */
function isReportingSubject(ctx: SentenceContext, m: Mention): boolean {
  const { words } = ctx;
  let k = mentionEnd(m);
  for (let step = 0; step < MAX_SUBJECTS; step++) {
    const link = lexicon.coordinators.at(words, k);
    const other = link ? readMention(ctx, link.end) : null;
    if (!other) break;
    k = mentionEnd(other);
  }
  return lexicon.reportingWords.has(words[k]?.lower ?? '');
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'late', 'early', 'during']);

/** "killed 3 soldiers [on Monday] and 5 civilians": only a time expression stands between the items. */
function onlyTimeBetween(ctx: SentenceContext, from: number, to: number): boolean {
  let dated = false;
  for (let k = from; k < to; k++) {
    const w = ctx.words[k]!;
    if (ctx.dateRanges.overlaps(w.start, w.end)) dated = true;
    else if (!TIME_PREPOSITIONS.has(w.lower)) return false;
  }
  return dated;
}

export const coordination: LinkRule = (ctx, m, earlier) => {
  const previous = earlier[earlier.length - 1];
  if (!previous) return null;
  const { words } = ctx;
  const j = stepBack(ctx, m.start, (w) => lexicon.possessives.has(w), 1);
  const link = lexicon.coordinators.endingAt(words, j);
  let b = link ? link.start : words[j]?.text === ',' ? j : -1;
  if (b < 0) return null;
  if (link && words[b - 1]?.text === ',') b--;
  // A bare comma only continues a list of objects: "killing 5 soldiers, 3 policemen and 2
  // guards", "killing the official, his wife and his son" — not an apposition naming the
  // people just counted ("killing two people, a man and a woman").
  if (!link && (previous.rule === 'predicateAfter' || (m.kind === 'person' && previous.mention.kind !== 'person'))) return null;
  const listEnd = Math.max(previous.mention.end, previous.mention.victims.next);
  if (b !== previous.to && b !== listEnd && !onlyTimeBetween(ctx, Math.max(previous.to, listEnd), b)) return null;
  // "a man was arrested and two others were questioned": a figure with its own verb is not
  // part of the list (predicateAfter has already tried that verb as an outcome).
  const after = words[Math.max(m.end, m.victims.next)];
  if (after && lexicon.auxiliaries.has(after.lower) && after.lower !== 'to') return null;
  if (isReportingSubject(ctx, m)) return null;
  return { outcome: previous.outcome, from: m.start, to: Math.max(m.end, m.victims.end), partOf: previous.partOf, breakdown: previous.breakdown };
};
