// What each extractor receives: the Document and what earlier extractors found.
import type { Actor, Casualty, DateItem, Quote } from '../schema/result.js';

export interface Found {
  dates: DateItem[];
  actors: Actor[];
  quotes: Quote[];
  casualties: Casualty[];
}
