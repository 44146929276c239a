// The reporting clause before the quotation: "He added: “…”", "Asif said that Pakistan
// entered the talks “…”", "officials described it as “…”". A clause embedded in another
// speaker's report ("It said troops had responded “befittingly”") gives way to the
// outer speaker unless its verb takes the quotation as object ("called", "described")
// or its clause stands apart, after a semicolon or a comma ("X says …, Y says it hit a
// ‘command centre’").
import namingVerbs from '../data/naming-verbs.json' with { type: 'json' };
import { REPORTING_VERBS } from '../../../lexicon/reportingVerbs.js';
import type { FrameToken, ReportingClause } from '../../attribution/index.js';
import { isComma, isWord, startsPhrase } from '../../attribution/nounPhrase.js';
import { fromClause, type QuoteRule } from './types.js';

const NAMING = new Set(namingVerbs.verbs);

const introducesDirectly = (tokens: FrameToken[], clause: ReportingClause, token: number) => {
  const between = tokens.slice(clause.verb + 1, token);
  return between.length <= 3 && between.some((t) => t.kind === 'punct' && (t.text === ':' || t.text === ','));
};

function lastSemicolon(tokens: FrameToken[], token: number): number {
  for (let k = token - 1; k >= 0; k--) if (tokens[k]!.kind === 'punct' && tokens[k]!.text === ';') return k;
  return -1;
}

/** The clause's subject opens a new clause after a comma ("X says nine died, Y's army says it hit a ‘depot’"), so it is not embedded in an earlier report. */
function opensAfterComma(tokens: FrameToken[], clause: ReportingClause): boolean {
  let k = tokens.findIndex((t) => t.start === clause.speaker.start);
  if (k < 0 || k > clause.verb) return false;
  while (k > 0 && isWord(tokens[k - 1]) && (startsPhrase(tokens[k - 1]!) || tokens[k - 1]!.possessive || tokens[k - 1]!.cap)) k--;
  return isComma(tokens[k - 1]);
}

export const beforeQuote: QuoteRule = (context) => {
  const { report, token } = context;
  const before = report.clauses.filter((c) => c.verb < token);
  const near = before[before.length - 1];
  if (!near) return null;
  // A semicolon closes a reporting clause: "X says …; Y says it hit a ‘command centre’".
  const clauseStart = lastSemicolon(report.tokens, token);
  const outer = before.find((c) => c.verb > clauseStart && c.source && c.cue !== 'according to');
  if (!outer || outer === near || near.cue === null) return fromClause(near, 'before', context);
  const lemma = REPORTING_VERBS.get(near.cue) ?? '';
  if (NAMING.has(lemma) || introducesDirectly(report.tokens, near, token) || near.speaker.name === outer.speaker.name || opensAfterComma(report.tokens, near)) return fromClause(near, 'before', context);
  return fromClause(outer, 'outer', context);
};
