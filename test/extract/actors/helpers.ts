// Runs the actor extractor on a composed text and returns its actors.
import { createDocument } from '../../../src/document/index.js';
import { extractActors } from '../../../src/extract/actors/index.js';
import type { Actor } from '../../../src/schema/result.js';

export function actorsOf(text: string): Actor[] {
  return extractActors(createDocument(text), { dates: [] });
}

export const names = (text: string) => actorsOf(text).map((a) => a.name);

export function actorNamed(text: string, name: string): Actor | undefined {
  return actorsOf(text).find((a) => a.name === name || a.aliases.includes(name));
}
