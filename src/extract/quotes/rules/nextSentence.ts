// A quotation ending in "?" or "!" ends its sentence, so its attribution stands in the
// next one: "“Can you reform Wall Street?” Sanders asked." / "“Stop!” the officer shouted
// at the crowd." The next sentence must open with the speaker and say little more.
import { isWord } from '../../attribution/nounPhrase.js';
import { fromClause, type QuoteRule } from './types.js';

const MAX_WORDS_AFTER_VERB = 6;
const MAX_SUBJECT_TOKENS = 12;
const SENTENCE_END = /[?!][\s"“”‘’'»]*$/u;

export const nextSentence: QuoteRule = (context) => {
  const { report, token, next } = context;
  const quote = report.tokens[token]!;
  if (!next || !SENTENCE_END.test(quote.text) || report.tokens.slice(token + 1).some(isWord)) return null;
  const first = next.tokens.findIndex(isWord);
  if (first < 0 || next.tokens.slice(0, first).some((t) => t.kind === 'quote')) return null;
  // The clause opens the sentence: "Sanders asked", "Sen. Bernie Sanders, a Vermont independent, asked".
  const clause = next.clauses[0];
  if (!clause?.cue || clause.verb - first > MAX_SUBJECT_TOKENS || clause.speaker.start < next.tokens[first]!.start) return null;
  const rest = next.tokens.slice(clause.verb + 1);
  const until = rest.findIndex((t) => t.kind === 'quote');
  const words = (until < 0 ? rest : rest.slice(0, until)).filter(isWord);
  if (words.length > MAX_WORDS_AFTER_VERB || words.some((t) => t.lower === 'that')) return null;
  return fromClause(clause, 'next', context);
};
