// Mini-articles turned into extraction results with hand-placed dates, actors and
// casualty figures, so timeline tests do not depend on the other extractors.
import { Document } from '../../src/document/index.js';
import { extractClaims } from '../../src/extract/claims/index.js';
import type { Actor, DocumentResult } from '../../src/schema/result.js';
import { actorItems, casualtyItems, dateItems, type DateSpec } from '../extract/claims/found.js';

export interface MiniArticle {
  path: string;
  text: string;
  referenceDate?: string | null;
  dates: DateSpec[];
  actors?: Array<{ name: string; kind?: Actor['kind']; aliases?: string[] }>;
  casualties?: Parameters<typeof casualtyItems>[1];
  /** Casualty sources by figure text ("14 civilians" → "governor"). */
  casualtySources?: Record<string, string>;
}

export function resultOf(article: MiniArticle): DocumentResult {
  const doc = new Document(article.text, { path: article.path, referenceDate: article.referenceDate ?? null });
  const dates = dateItems(doc, article.dates);
  const actors = actorItems(doc, article.actors ?? []);
  const casualties = casualtyItems(doc, article.casualties ?? []).map((c) => {
    const source = article.casualtySources?.[c.count.text];
    return source ? { ...c, source: { name: source, actor: null } } : c;
  });
  const claims = extractClaims(doc, { dates, actors, quotes: [], casualties });
  return {
    schemaVersion: 1,
    source: { path: article.path, sha256: '0'.repeat(64), bytes: article.text.length, lines: doc.lines.lineCount, encoding: 'utf-8' },
    metadata: { title: doc.metadata.title, byline: null, published: null, referenceDate: doc.referenceDate, referenceDateSource: doc.referenceDate ? 'option' : 'none' },
    actors, dates, quotes: [], casualties, claims,
    incidents: [],
    summary: { casualties: {} },
    skipped: [],
    warnings: [],
  };
}
