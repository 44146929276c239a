import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { DocumentResultSchema, ErrorResultSchema, isErrorResult, ResultSchema, resultJsonSchema, SpanSchema } from '../../src/schema/result.js';

const span = { start: 0, end: 3, line: 1, column: 1, endLine: 1, endColumn: 3, text: 'abc' };

describe('result schema', () => {
  it('accepts a contract span and refuses broken ones', () => {
    expect(SpanSchema.safeParse(span).success).toBe(true);
    for (const broken of [{ ...span, line: 0 }, { ...span, column: 0 }, { ...span, start: -1 }, { ...span, end: 1.5 }, { ...span, text: undefined }]) {
      expect(SpanSchema.safeParse(broken).success).toBe(false);
    }
  });

  it('accepts an error record as the contract writes it', () => {
    const record = { schemaVersion: 1, source: { path: 'missing.txt' }, error: { code: 'ENOENT', message: 'no such file' } };
    expect(ErrorResultSchema.safeParse(record).success).toBe(true);
    expect(ResultSchema.safeParse(record).success).toBe(true);
    expect(isErrorResult(record as never)).toBe(true);
    expect(ResultSchema.safeParse({ ...record, schemaVersion: 2 }).success).toBe(false);
    expect(ResultSchema.safeParse({ ...record, error: { code: 'ENOENT' } }).success).toBe(false);
  });

  it('accepts a real result and refuses it once a required field is gone', () => {
    const result = extract('Rebels take the airport in the east\n\nThe army said on Monday that it would retake it.', { path: 'a.txt' });
    expect(DocumentResultSchema.safeParse(result).success).toBe(true);
    expect(isErrorResult(result)).toBe(false);
    const { summary: _summary, ...withoutSummary } = result;
    expect(ResultSchema.safeParse(withoutSummary).success).toBe(false);
    expect(ResultSchema.safeParse({ ...result, metadata: { ...result.metadata, referenceDateSource: 'guess' } }).success).toBe(false);
  });

  it('keeps the contract field names in the generated JSON Schema', () => {
    const schema = resultJsonSchema() as { anyOf: Array<{ properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] }> };
    const [documentBranch, errorBranch] = schema.anyOf;
    expect(documentBranch!.required).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'metadata', 'actors', 'dates', 'quotes', 'casualties', 'claims', 'summary', 'warnings']));
    expect(Object.keys(documentBranch!.properties.metadata!.properties!)).toEqual(expect.arrayContaining(['title', 'byline', 'published', 'referenceDate', 'referenceDateSource']));
    expect(Object.keys(documentBranch!.properties.source!.properties!)).toEqual(expect.arrayContaining(['path', 'sha256', 'bytes', 'lines', 'encoding']));
    expect(errorBranch!.required).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'error']));
  });

  it('extract() refuses a malformed reference date', () => {
    expect(() => extract('text', { referenceDate: '30/10/2025' })).toThrow(/YYYY-MM-DD/);
    expect(() => extract('text', { referenceDate: '2025-13-40' })).toThrow(/YYYY-MM-DD/);
    expect(() => extract('text', { referenceDate: '2025-02-29' })).toThrow(/YYYY-MM-DD/);
  });
});
