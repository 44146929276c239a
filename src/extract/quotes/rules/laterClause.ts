// A reporting clause later in the sentence: "“Illogical” and “absurd”, officials said of
// the plan." — the first clause after the quotation whose speaker is named after it.
import { fromClause, type QuoteRule } from './types.js';

export const laterClause: QuoteRule = (context) => {
  const { report, token } = context;
  const quote = report.tokens[token]!;
  const clause = report.clauses.find((c) => c.verb > token && c.source && c.speaker.start > quote.end);
  return clause ? fromClause(clause, 'later', context) : null;
};
