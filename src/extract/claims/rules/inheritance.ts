// Inherited dates: a sentence with no date of its own takes the date of the previous
// sentence in its paragraph only when it plainly continues the same event — its
// subject points back to that event ("The fighting …", "These strikes …", or "It …"
// after a sentence about an attack), its verb is a simple past, and nothing moves it
// to another time ("later", "after the attack", "has killed", "triggered …").
import type { Document, Sentence, Token } from '../../../document/index.js';
import { CONSEQUENCE_VERBS, EVENT_NOUNS, TIME_SHIFTERS } from './wordLists.js';

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
const EVENT_PRONOUNS = new Set(['it', 'they', 'this']);
/** Auxiliaries that put the verb in another time than a simple past: perfect, pluperfect, present, future, modal. */
const OTHER_TIME_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'am', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** How many words a subject noun phrase may have before its event noun ("The two-day suicide attack"). */
const SUBJECT_WINDOW = 4;

/** True when `sentence` continues the event of `previous` and may inherit its date. */
export function continuesPreviousEvent(doc: Document, sentence: Sentence, previous: Sentence): boolean {
  const tokens = doc.tokensIn(sentence.start, sentence.end);
  if (!tokens.length) return false;
  if (tokens.some((t) => TIME_SHIFTERS.has(t.normal))) return false;
  const pointsBack = startsWithEventSubject(tokens)
    || (EVENT_PRONOUNS.has(tokens[0]!.normal) && startsWithEventSubject(doc.tokensIn(previous.start, previous.end)));
  if (!pointsBack) return false;
  return verbIsSimplePast(tokens) && !tokens.some((t) => t.tags.has('Verb') && CONSEQUENCE_VERBS.has(t.normal));
}

/** "The fighting", "These deadly clashes", "The attack on the village": a definite subject headed by an event noun. */
export function startsWithEventSubject(tokens: Token[]): boolean {
  if (!tokens.length || !DETERMINERS.has(tokens[0]!.normal)) return false;
  for (const token of tokens.slice(1, 1 + SUBJECT_WINDOW)) {
    if (EVENT_NOUNS.has(token.normal)) return true;
    if (token.tags.has('Preposition') || (token.tags.has('Verb') && !token.tags.has('Adjective')) || /[,;:]/.test(token.post)) return false;
  }
  return false;
}

/** The first verb of the sentence is a simple past ("took place", "was carried out"), not a perfect, present, future or modal. */
function verbIsSimplePast(tokens: Token[]): boolean {
  const verb = tokens.find((t, i) => i > 0 && t.tags.has('Verb') && !EVENT_NOUNS.has(t.normal));
  if (!verb) return false;
  if (verb.tags.has('Modal') || OTHER_TIME_AUXILIARIES.has(verb.normal)) return false;
  return verb.tags.has('PastTense');
}
