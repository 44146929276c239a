// Actors: people, organisations, countries, groups, media and places, merged per real actor.
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import type { Found } from '../types.js';

export function extractActors(_doc: Document, _found: Pick<Found, 'dates'>): Actor[] {
  return [];
}
