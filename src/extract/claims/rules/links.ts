// The items a claim points to: actors mentioned in it, quotes and casualty figures
// inside it. Item spans are in code points; the claim's range is converted once.
import type { Span } from '../../../schema/result.js';
import type { Found } from '../../types.js';

export interface ClaimLinks {
  actors: string[];
  quotes: string[];
  casualties: string[];
}

const overlaps = (span: Span, start: number, end: number) => span.start < end && start < span.end;

/** Links for a claim covering code points [start, end). */
export function linksWithin(found: Found, start: number, end: number): ClaimLinks {
  return {
    actors: found.actors.filter((a) => a.mentions.some((m) => overlaps(m, start, end))).map((a) => a.id),
    quotes: found.quotes.filter((q) => overlaps(q.span, start, end)).map((q) => q.id),
    casualties: found.casualties.filter((c) => overlaps(c.span, start, end)).map((c) => c.id),
  };
}
