// Runs the dates extractor on a text with an optional reference date and returns
// [text, value, type] triples, which is what the tables compare.
import { createDocument } from '../../../src/document/index.js';
import { extractDates } from '../../../src/extract/dates/index.js';

export type Expected = [text: string, value: string | null, type?: string];

export function datesOf(text: string, reference: string | null) {
  const doc = createDocument(text, { referenceDate: reference });
  return extractDates(doc);
}

export function triples(text: string, reference: string | null): Expected[] {
  return datesOf(text, reference).map((d) => [d.text, d.value, d.type]);
}

/** Expected rows default to type DATE. */
export const withTypes = (rows: Expected[]): Expected[] => rows.map(([t, v, type]) => [t, v, type ?? 'DATE']);
