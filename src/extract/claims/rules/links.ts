// The items a claim points to: actors mentioned in it, quotes and casualty figures
// inside it. Item spans are in code points, like the claim's own span.
import type { Span } from '../../../schema/result.js';
import type { Found } from '../../types.js';
import { SpanLookup } from '../../../util/spanLookup.js';

export interface ClaimLinks {
  actors: string[];
  quotes: string[];
  casualties: string[];
}

const byId = (entries: Array<{ id: string; span: Span }>) => new SpanLookup(entries.map((e) => ({ item: e.id, start: e.span.start, end: e.span.end })));
/** Ids overlapping the range, each once, in id order (a2 before a10). */
const ids = (lookup: SpanLookup<string>, start: number, end: number) =>
  [...new Set(lookup.overlapping(start, end).map((e) => e.item))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** Finds, for any code-point range, the actors, quotes and casualties it overlaps. */
export class LinkIndex {
  private readonly actors: SpanLookup<string>;
  private readonly quotes: SpanLookup<string>;
  private readonly casualties: SpanLookup<string>;

  constructor(found: Found) {
    this.actors = byId(found.actors.flatMap((a) => a.mentions.map((span) => ({ id: a.id, span }))));
    this.quotes = byId(found.quotes);
    this.casualties = byId(found.casualties);
  }

  /** Links for a claim covering code points [start, end). */
  within(start: number, end: number): ClaimLinks {
    return {
      actors: ids(this.actors, start, end),
      quotes: ids(this.quotes, start, end),
      casualties: ids(this.casualties, start, end),
    };
  }
}
