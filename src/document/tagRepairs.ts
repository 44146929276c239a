// Repairs to compromise's tags: mostly for the 'fast' tagger, which skips compromise's
// post-tagger; one also for 'full', for words its lexicon lacks. Each rule is a pattern
// over a token and its neighbours plus the tags to set, like one of compromise's own
// post-tagger patterns; only the corrections the extractors depend on are kept here. Neighbours count only when nothing but spaces separates
// them from the token ("the transport ministry", not "the transport, ministry").
import irregularPastTense from './data/irregularPastTense.json' with { type: 'json' };
import type { Tagger } from './tagger.js';
import type { Token } from './tokens.js';

interface TagRepair {
  name: string;
  /** The taggers whose output it repairs. */
  taggers: Tagger[];
  applies(token: Token, before: Token | null, after: Token | null): boolean;
  remove: string[];
  add: string[];
}

const has = (token: Token | null, ...tags: string[]) => token !== null && tags.some((t) => token.tags.has(t));
const VERB_FORMS = ['Verb', 'Infinitive', 'PresentTense', 'Imperative'];
const IRREGULAR_PAST = new Set(irregularPastTense);

export const TAG_REPAIRS: TagRepair[] = [
  {
    // "the transport ministry", "its defence chief": a noun used as a modifier, which
    // the lexicon first reads as a verb; the attribution reads such phrases as speakers.
    name: 'noun modifier between a determiner and a noun',
    taggers: ['fast'],
    applies: (token, before, after) =>
      has(token, 'Infinitive', 'PresentTense') &&
      !has(token, 'PastTense', 'Gerund', 'Modal', 'Auxiliary', 'Copula') &&
      has(before, 'Determiner', 'Possessive', 'Adjective') &&
      !has(before, 'Verb') &&
      has(after, 'Noun') &&
      !has(after, 'Pronoun', 'Verb'),
    remove: VERB_FORMS,
    add: ['Noun', 'Singular'],
  },
  {
    // "on 4 May", "in May 2024", "since May": the month, not the modal ("it may rain").
    name: 'May the month',
    taggers: ['fast'],
    applies: (token, before, after) => token.text === 'May' && (before !== null || has(after, 'Value')) && !has(after, 'Verb'),
    remove: ['Verb', 'Modal', 'Auxiliary'],
    add: ['Date', 'Month'],
  },
  {
    // "Fighters overran the base", "the toll rose to 40": irregular past forms that
    // compromise's lexicon lacks and reads as nouns, after a subject ("a red rose" is not).
    name: 'irregular past tense after a subject',
    taggers: ['fast', 'full'],
    applies: (token, before) =>
      IRREGULAR_PAST.has(token.text) && token.tags.has('Noun') && has(before, 'Noun', 'Pronoun') && !has(before, 'Determiner', 'Adjective', 'Possessive'),
    remove: ['Noun', 'Singular', 'Plural'],
    add: ['Verb', 'PastTense'],
  },
];

/** Is `b` the next word after `a` in the same sentence, with only spaces between? */
const adjacent = (a: Token, b: Token) => a.sentence === b.sentence && !/[^\s]/.test(a.post + b.pre);

export function repairTags(tokens: Token[], tagger: Tagger): void {
  const repairs = TAG_REPAIRS.filter((repair) => repair.taggers.includes(tagger));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const before = previous && adjacent(previous, token) ? previous : null;
    const after = next && adjacent(token, next) ? next : null;
    for (const repair of repairs) {
      if (!repair.applies(token, before, after)) continue;
      for (const tag of repair.remove) token.tags.delete(tag);
      for (const tag of repair.add) token.tags.add(tag);
    }
  }
}
