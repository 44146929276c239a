// Claims: each sentence reporting an event, statement or figure, with date and source.
import type { Document } from '../../document/index.js';
import type { Claim } from '../../schema/result.js';
import type { Found } from '../types.js';

export function extractClaims(_doc: Document, _found: Found): Claim[] {
  return [];
}
