// A quotation standing alone as its sentence continues the speaker of the quotation
// just before ("“…,” Asif warned. “Any attack …”").
import type { QuoteRule } from './types.js';

const MAX_PARAGRAPH_DISTANCE = 2;

export const standalone: QuoteRule = ({ report, quotation, previous }) => {
  if (report.tokens.some((t) => t.kind === 'word')) return null;
  if (!previous?.speaker || quotation.paragraph - previous.paragraph > MAX_PARAGRAPH_DISTANCE) return null;
  return { ...previous, rule: 'standalone', paragraph: quotation.paragraph };
};
