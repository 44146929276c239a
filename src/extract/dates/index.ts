// Dates: every time expression, normalised to TIMEX3 against the reference date.
import type { Document } from '../../document/index.js';
import type { DateItem } from '../../schema/result.js';

export function extractDates(_doc: Document): DateItem[] {
  return [];
}
