// A paragraph that re-opens a quotation the previous paragraph left open: same speaker.
import type { QuoteRule } from './types.js';

export const continuation: QuoteRule = ({ quotation, previous }) =>
  quotation.continuesPrevious && previous ? { ...previous, rule: 'continuation', paragraph: quotation.paragraph } : null;
