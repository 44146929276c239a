// The record that stands in an input's place when it cannot be processed.
import { SCHEMA_VERSION, type ErrorResult } from '../schema/result.js';

export function errorRecord(path: string, code: string, message: string, where: { record?: number; id?: string } = {}): ErrorResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, ...(where.record !== undefined ? { record: where.record } : {}), ...(where.id !== undefined ? { id: where.id } : {}) },
    error: { code, message },
  };
}
