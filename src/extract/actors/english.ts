// What compromise's lexicon knows about a single word, in lowercase.
import nlp from 'compromise';
import englishWords from './data/englishWords.json' with { type: 'json' };

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = /Name|Person|Place|Country|City|Region|Organization|Honorific|Actor/;

const tagsOf = (word: string): string => {
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag.join(' ') : tag ?? '';
};

/** Ordinary English ("Suspected", "Residents"), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== '' && !NAME_TAGS.test(tags);
}

const CLOSED_CLASS = /Determiner|Pronoun|Conjunction|Preposition|Modal|Adverb|QuestionWord/;

/** A closed-class word ("The", "He", "But", "In") or an adverb ("Then"): it starts a sentence, never a name. */
export function isFunctionWord(word: string): boolean {
  return CLOSED_CLASS.test(tagsOf(word));
}

/** The gender compromise's lexicon gives a first name ("Hillary" female, "Donald" male), or null. */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const tags = tagsOf(word);
  return /MaleName/.test(tags) && !/FemaleName/.test(tags) ? 'male' : /FemaleName/.test(tags) ? 'female' : null;
}

// Tags of names proper; "Actor" is a common noun for people ("humanitarian", "doctors").
const PROPER_TAGS = /Name|Person|Place|Country|City|Region|Organization|Honorific/;
// Ordinary English words compromise's lexicon lacks (from SCOWL, see README): base forms only.
const DICTIONARY = new Set<string>(englishWords);

/** Plural stems to look up: "families" → family, "standards" → standard, "boxes" → box. */
const stems = (w: string) => [w, w.endsWith('ies') ? `${w.slice(0, -3)}y` : '', w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('s') ? w.slice(0, -1) : ''].filter(Boolean);

/**
 * An ordinary English word ("Families", "Together", "Security"), in compromise's lexicon or the
 * dictionary, and not a name there. Names that are also words ("Hamas" is not; "Kremlin" is
 * listed) are caught by the gazetteer before this is asked.
 */
export function isEnglishWord(word: string): boolean {
  const key = word.toLowerCase();
  if (!/^\p{L}+$/u.test(key)) return false;
  return stems(key).some((s) => {
    const tags = tagsOf(s);
    if (tags) return !PROPER_TAGS.test(tags);
    return DICTIONARY.has(s);
  });
}

/** A given name in compromise's lexicon ("Fatima", "Eric"). */
export const isGivenName = (word: string): boolean => /FirstName|MaleName|FemaleName/.test(tagsOf(word));

/** What kind of name compromise's lexicon makes of a word, if any. */
export function lexiconNameKind(word: string): 'person' | 'place' | null {
  const tags = tagsOf(word);
  if (/FirstName|MaleName|FemaleName|LastName|Person/.test(tags)) return 'person';
  if (/Place|Country|City|Region/.test(tags)) return 'place';
  return null;
}

/** A country in compromise's lexicon ("England", "Scotland"), listed or not. */
export const isCountryName = (word: string): boolean => /Country/.test(tagsOf(word));

/** A name in compromise's lexicon: a given name, place, country or organisation. */
export const isKnownName = (word: string): boolean => NAME_TAGS.test(tagsOf(word)) && !/Actor/.test(tagsOf(word));

const nounCache = new Map<string, boolean>();
const MAX_CACHED = 5000;
/** A lowercase word compromise reads as a noun, not a verb ("rockets", not "fired"). */
export function isNounWord(word: string): boolean {
  const key = word.toLowerCase();
  let noun = nounCache.get(key);
  if (noun === undefined) {
    const tags = tagsOf(key);
    if (tags) noun = /Singular|Plural|Noun|Uncountable|Actor/.test(tags) && !/Verb|Tense|Infinitive/.test(tags);
    else {
      const term = nlp(key).json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
      noun = Boolean(term?.tags?.includes('Noun')) && !term?.tags?.includes('Verb');
    }
    if (nounCache.size < MAX_CACHED) nounCache.set(key, noun);
  }
  return noun;
}

/** A verb's base form in compromise's lexicon ("protect", "stop"), as in "Committee to Protect Journalists". */
export const isVerbWord = (word: string): boolean => /Infinitive|Verb/.test(tagsOf(word)) && !NAME_TAGS.test(tagsOf(word));
