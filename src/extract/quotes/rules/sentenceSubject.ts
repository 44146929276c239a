// No reporting verb: the subject of the sentence is the best guess ("Islamabad extends
// delegation’s stay to ‘give peace another chance’"). Not firm: a short quotation that
// only this rule explains is a term, not speech.
import type { QuoteRule } from './types.js';

export const sentenceSubject: QuoteRule = ({ report, quotation }) =>
  report.subject ? { speaker: report.subject, cue: null, channel: null, rule: 'subject', firm: false, paragraph: quotation.paragraph } : null;
