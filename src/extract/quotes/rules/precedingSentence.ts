// A quotation standing alone as its sentence, after a sentence that reports someone:
// "Lena Ortiz argues that the dam is safe. “It has stood for a century.”" or a paragraph
// ending "Ortiz wrote:" before it. The last reporting clause of that sentence speaks.
import { fromClause, type QuoteRule } from './types.js';

export const precedingSentence: QuoteRule = (context) => {
  const { report, before } = context;
  if (!before || report.tokens.some((t) => t.kind === 'word')) return null;
  const clause = before.clauses.findLast((c) => c.cue !== null && c.source);
  return clause ? fromClause(clause, 'preceding', context) : null;
};
