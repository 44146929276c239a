// What a speaker rule sees and returns for one quotation.
import type { ReportingClause, SentenceReport, Speaker } from '../../attribution/index.js';
import type { Quotation } from '../../attribution/quotations.js';

export interface QuoteContext {
  quotation: Quotation;
  report: SentenceReport;
  /** Index of the quotation's token in report.tokens. */
  token: number;
  /** The speech quotation before this one, if any. */
  previous: QuoteAttribution | null;
  /** The next sentence of the same paragraph, if any. */
  next: SentenceReport | null;
  /** The sentence before, in the same paragraph or ending the paragraph before with a colon, if any. */
  before: SentenceReport | null;
}

export interface QuoteAttribution {
  speaker: Speaker | null;
  cue: string | null;
  channel: string | null;
  /** Which rule decided (for tests and debugging). */
  rule: string;
  /** The rule rests on a reporting verb, speech noun or a neighbouring quotation, not on a guess. */
  firm: boolean;
  paragraph: number;
}

export type QuoteRule = (context: QuoteContext) => QuoteAttribution | null;

export function fromClause(clause: ReportingClause, rule: string, context: QuoteContext): QuoteAttribution {
  return { speaker: clause.speaker, cue: clause.cue, channel: clause.channel, rule, firm: true, paragraph: context.quotation.paragraph };
}
