// Metadata given with a text rather than found in it: the header fields of a
// news-database export (Nexis, Factiva) or the columns of a CSV row. A field that
// is given (even as null) is taken as it is; the others are still read from the text.
import type { FoundMetadata } from './metadata.js';

export interface GivenMetadata {
  title?: string | null;
  byline?: string | null;
  /** YYYY-MM-DD. */
  published?: string | null;
  dateline?: { place: string | null; agency: string | null } | null;
  outlet?: string | null;
  section?: string | null;
  wordCount?: number | null;
}

export function withGivenMetadata(found: FoundMetadata, given: GivenMetadata | undefined): FoundMetadata {
  if (!given) return found;
  const merged = { ...found };
  // A given field has no line in the text: no sentence takes the title's or byline's role.
  if (given.title !== undefined) Object.assign(merged, { title: given.title, titleLine: null });
  if (given.byline !== undefined) Object.assign(merged, { byline: given.byline, bylineLine: null });
  if (given.published !== undefined) Object.assign(merged, { published: given.published, publishedLine: null });
  // A header's dateline names the place; a dateline opening the body is still the text's own.
  // Line 0: a dateline that is not in the text.
  if (given.dateline && !found.dateline) merged.dateline = { ...given.dateline, line: 0, length: 0 };
  else if (given.dateline && found.dateline) merged.dateline = { ...found.dateline, ...given.dateline };
  return merged;
}
