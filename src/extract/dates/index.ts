// Dates: every time expression, normalised to TIMEX3 against the reference date.
// Works sentence by sentence: every rule proposes candidates, the longest win, refiners merge
// and anchor them, and each becomes a DateItem with its exact span.
import { parseIsoDay, type Day } from '../../calendar/day.js';
import type { Document, Sentence } from '../../document/index.js';
import type { DateItem } from '../../schema/result.js';
import { anchorOnDiscourse } from './discourse.js';
import { longestFirst } from './overlap.js';
import { maskStandInYear, standInDay } from './partialReference.js';
import { refiners } from './refine.js';
import { rules } from './rules/index.js';
import { directionFinder, verbGroups } from './tense.js';
import type { Candidate, SentenceContext } from './types.js';

/** Candidates of one sentence, before overlap resolution. */
export function sentenceCandidates(ctx: SentenceContext): Array<Candidate & { rank: number }> {
  const out: Array<Candidate & { rank: number }> = [];
  rules.forEach((rule, rank) => {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(ctx.text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const result = rule.normalise(match, ctx);
      if (!result) continue;
      const start = result.start ?? match.index;
      const end = result.end ?? match.index + match[0].length;
      out.push({ ...result, start: ctx.start + start, end: ctx.start + end, rule: rule.name, rank });
    }
  });
  return out;
}

export function sentenceContext(doc: Document, sentence: Sentence, reference: Day | null): SentenceContext {
  const tokens = doc.tokensIn(sentence.start, sentence.end);
  return {
    text: sentence.text,
    start: sentence.start,
    reference,
    tokens,
    directionAt: directionFinder(verbGroups(tokens, sentence.start)),
  };
}

/** The dates of one sentence, merged and anchored (document offsets). */
export function datesInSentence(doc: Document, sentence: Sentence, reference: Day | null): Candidate[] {
  const ctx = sentenceContext(doc, sentence, reference);
  let items: Candidate[] = longestFirst(sentenceCandidates(ctx));
  for (const refine of refiners) items = refine(items, doc.text, reference, sentence.role === 'byline');
  return items;
}

export function extractDates(doc: Document): DateItem[] {
  const standIn = standInDay(doc.referenceDate);
  const reference = standIn ?? parseIsoDay(doc.referenceDate);
  const candidates = anchorOnDiscourse(doc.sentences.flatMap((sentence) => datesInSentence(doc, sentence, reference)));
  return candidates.map((found, i) => {
    const c = standIn ? maskStandInYear(found) : found;
    const span = doc.span(c.start, c.end);
    return { id: `d${i + 1}`, text: span.text, type: c.type, value: c.value, granularity: c.granularity, relative: c.relative, span };
  });
}
