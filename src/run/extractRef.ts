// One input to one result: read, decode, extract; any failure becomes an error record.
import { extractSource } from '../index.js';
import { isFailure, readSource } from '../input/read.js';
import type { InputRef } from '../input/sources.js';
import { SCHEMA_VERSION, type Result } from '../schema/result.js';

export interface RunOptions {
  referenceDate: string | null;
}

export function errorRecord(path: string, code: string, message: string): Result {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}

export async function extractRef(ref: InputRef, options: RunOptions): Promise<Result> {
  const source = await readSource(ref);
  if (isFailure(source)) return errorRecord(source.path, source.code, source.message);
  try {
    return extractSource(source, { referenceDate: options.referenceDate });
  } catch (error) {
    return errorRecord(source.path, 'EEXTRACT', (error as Error).message);
  }
}
