// Whether two casualty figures are about the same victims ("Pakistani soldiers" and
// "soldiers"; not "soldiers" and "civilians").
import { contentWords, overlap } from './words.js';

export function victimsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return overlap(contentWords(a), contentWords(b)) >= 0.5;
}
