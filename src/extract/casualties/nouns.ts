// Plural nouns of people: "children" is a plural of a person noun, "motorcycles" is not.
import persons from './data/personNouns.json' with { type: 'json' };
import { lexicon } from './lexicon.js';

/** A plural noun's singular, by the regular English endings ("ies", "men", "ren", "es", "s"). */
export function singular(word: string): string {
  if (/(?:ss|us)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/men$/.test(word)) return word.slice(0, -3) + 'man';
  if (/ren$/.test(word)) return word.slice(0, -3);
  if (/(?:ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

const PERSON_NOUNS = new Set(persons.nouns.map((n) => n.toLowerCase()));

/** Does the (lower-cased) head noun name people: "people", "villagers", "my children"? */
export function namesPeople(head: string | null): boolean {
  if (!head) return false;
  return lexicon.genericVictims.has(head) || PERSON_NOUNS.has(head) || PERSON_NOUNS.has(singular(head)) || lexicon.perpetrators.has(head);
}
