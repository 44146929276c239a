// No reporting verb: the subject of the sentence is the best guess ("Islamabad extends
// delegation’s stay to ‘give peace another chance’"). Not firm: a short quotation that
// only this rule explains is a term, not speech. A subject after the quotation
// ("‘We slept on the roof’: floods cut off three villages") did not say it.
import type { QuoteRule } from './types.js';

export const sentenceSubject: QuoteRule = ({ report, quotation }) => {
  const subject = report.subject;
  if (!subject || subject.start > quotation.open) return null;
  return { speaker: subject, cue: null, channel: null, rule: 'subject', firm: false, paragraph: quotation.paragraph };
};
