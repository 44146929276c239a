// Quotes: direct quotations with speaker, cue verb and channel.
import type { Document } from '../../document/index.js';
import type { Quote } from '../../schema/result.js';
import type { Found } from '../types.js';

export function extractQuotes(_doc: Document, _found: Pick<Found, 'dates' | 'actors'>): Quote[] {
  return [];
}
