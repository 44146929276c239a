// The attribution right after the quotation: "…,” Tarar wrote on X. / "…,” said Bukar
// Modu. / "…,” its director, Abdullahi Omar, said. / "…,” he added. / "‘…’ — survivor".
import { isVerbish } from '../../attribution/nounPhrase.js';
import { fromClause, type QuoteRule } from './types.js';

const MAX_GAP = 24;
const CLOSING_PUNCTUATION = /[,.!?…—–-]$/u;

export const afterQuote: QuoteRule = (context) => {
  const { report, token } = context;
  const { tokens, clauses } = report;
  const quote = tokens[token]!;
  const next = tokens[token + 1];
  if (!next) return null;
  const inner = quote.text.replace(/[\s"“”„«»‘’']+$/u, '');
  const opensSentence = tokens.slice(0, token).every((t) => t.kind !== 'word');
  const punctuated = CLOSING_PUNCTUATION.test(inner) || next.text === ',' || next.text === '—' || next.text === '–';
  if (!opensSentence && !punctuated) return null;
  for (const clause of clauses) {
    if (clause.verb <= token) continue;
    // A clause without a verb counts only as a label right after the quotation ("‘…’ — survivor").
    if (clause.cue === null && clause.verb !== token + 1) continue;
    if (clause.verb - token > MAX_GAP) return null;
    // Nothing but the attribution between the quotation and the verb.
    const between = tokens.slice(token + 1, clause.verb);
    if (between.some((t) => t.kind === 'quote' || (t.kind === 'punct' && /[.;:!?]/.test(t.text)))) return null;
    if (clause.speaker.start < quote.end && clause.cue !== 'according to') return null;
    // Words before the speaker may only describe it ("its director, Abdullahi Omar, said"), not start a new clause.
    if (between.some((t) => t.kind === 'word' && t.end <= clause.speaker.start && isVerbish(t))) return null;
    return fromClause(clause, 'after', context);
  }
  return null;
};
