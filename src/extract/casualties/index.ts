// Casualties: reported human losses with bounds, victims and source.
import type { Document } from '../../document/index.js';
import type { Casualty, Summary } from '../../schema/result.js';
import type { Found } from '../types.js';

export function extractCasualties(_doc: Document, _found: Pick<Found, 'dates' | 'actors' | 'quotes'>): Casualty[] {
  return [];
}

/** Per-outcome totals, each victim counted once (see CONTRACT.md). */
export function summarizeCasualties(_casualties: Casualty[]): Summary['casualties'] {
  return {};
}
