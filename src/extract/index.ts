// The pipeline: dates → actors → quotes → casualties → claims → incidents, each a pure function
// of the Document and what the earlier ones found.
import type { Document } from '../document/index.js';
import type { DocumentResult } from '../schema/result.js';
import { extractActors } from './actors/index.js';
import { extractCasualties } from './casualties/index.js';
import { extractClaims } from './claims/index.js';
import { extractDates } from './dates/index.js';
import { extractIncidents, summarizeIncidents } from './incidents/index.js';
import { extractQuotes } from './quotes/index.js';

export type Extracted = Pick<DocumentResult, 'actors' | 'dates' | 'quotes' | 'casualties' | 'claims' | 'incidents' | 'summary'>;

export function runExtractors(doc: Document): Extracted {
  const dates = extractDates(doc);
  const actors = extractActors(doc, { dates });
  const quotes = extractQuotes(doc, { dates, actors });
  const casualties = extractCasualties(doc, { dates, actors, quotes });
  const claims = extractClaims(doc, { dates, actors, quotes, casualties });
  const incidents = extractIncidents(doc, { dates, actors, quotes, casualties, claims });
  // The article's toll: its reported incidents, each victim once; background never counts.
  return { dates, actors, quotes, casualties, claims, incidents, summary: { casualties: summarizeIncidents(incidents) } };
}
