// Library entry point: `import { extract } from 'claimtrace'`.
import { isIsoDay } from './calendar/fullDate.js';
import { Document, type Tagger } from './document/index.js';
import { runExtractors } from './extract/index.js';
import { sourceFromText, type Source } from './input/read.js';
import { DocumentResultSchema, SCHEMA_VERSION, type DocumentResult } from './schema/result.js';

export interface ExtractOptions {
  /** Shown as `source.path`; defaults to "<text>". */
  path?: string;
  /** YYYY-MM-DD: relative dates resolve against it instead of the published date. */
  referenceDate?: string | null;
  /** compromise's tagging: 'fast' (default) skips its post-tagger, 'full' runs it. */
  tagger?: Tagger;
}

/** Texts longer than this are parsed in parts (`--max-bytes`, 5 MB by default). */
export const DEFAULT_MAX_PARSE_CHARS = 5 * 1024 * 1024;

/** Extracts from an already decoded Source (the CLI's path). */
export function extractSource(source: Source, options: { referenceDate?: string | null; maxParseChars?: number; tagger?: Tagger } = {}): DocumentResult {
  if (options.referenceDate != null && !isIsoDay(options.referenceDate)) {
    throw new TypeError(`referenceDate must be YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}`);
  }
  const doc = new Document(source.text, {
    path: source.path,
    referenceDate: options.referenceDate ?? null,
    maxParseChars: options.maxParseChars ?? DEFAULT_MAX_PARSE_CHARS,
    tagger: options.tagger ?? 'fast',
    base: source.article?.base,
    markup: source.article?.markup,
    metadata: source.article?.metadata,
  });
  const found = runExtractors(doc);
  const { title, byline, published, dateline } = doc.metadata;
  const given = source.article?.metadata;
  const result: DocumentResult = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: source.path,
      sha256: source.sha256,
      bytes: source.bytes,
      lines: source.article?.lines ?? doc.lines.lineCount,
      encoding: source.encoding,
      ...(source.record !== undefined ? { record: source.record } : {}),
      ...(source.id !== undefined ? { id: source.id } : {}),
    },
    metadata: {
      title,
      byline,
      published,
      referenceDate: doc.referenceDate,
      referenceDateSource: doc.referenceDateSource,
      dateline: dateline ? { place: dateline.place, agency: dateline.agency } : null,
      ...(given?.outlet !== undefined ? { outlet: given.outlet } : {}),
      ...(given?.section !== undefined ? { section: given.section } : {}),
      ...(given?.wordCount !== undefined ? { wordCount: given.wordCount } : {}),
    },
    ...found,
    skipped: doc.skipped,
    warnings: [...source.warnings, ...doc.warnings],
  };
  // Every result is checked against the contract before anyone sees it.
  return DocumentResultSchema.parse(result);
}

/** Extracts from a string: the same result object the CLI writes. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  return extractSource(
    sourceFromText(options.path ?? '<text>', text),
    { referenceDate: options.referenceDate ?? null, tagger: options.tagger },
  );
}

export { Document } from './document/index.js';
export { resultJsonSchema, ResultSchema, DocumentResultSchema, ErrorResultSchema } from './schema/result.js';
export type * from './schema/result.js';
