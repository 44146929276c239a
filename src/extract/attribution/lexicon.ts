// Word lists for attribution, loaded from data/*.json and turned into lookup sets.
// Reporting verbs are stored by lemma; their inflected forms are generated here.
import channels from './data/channels.json' with { type: 'json' };
import functionWords from './data/function-words.json' with { type: 'json' };
import genderWords from './data/gender-words.json' with { type: 'json' };
import orgWords from './data/org-words.json' with { type: 'json' };
import speechNouns from './data/speech-nouns.json' with { type: 'json' };
import speechVerbs from './data/speech-verbs.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Regular -s, -ed and -ing forms of an English verb lemma. */
export function regularForms(lemma: string): string[] {
  const last = lemma[lemma.length - 1]!;
  const beforeLast = lemma[lemma.length - 2] ?? '';
  if (last === 'e') return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (last === 'y' && !VOWELS.has(beforeLast)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  const sibilant = /(s|x|z|ch|sh)$/.test(lemma);
  return [lemma, sibilant ? `${lemma}es` : `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

function buildVerbForms(): Map<string, string> {
  const formToLemma = new Map<string, string>();
  const irregular = speechVerbs.forms as Record<string, string[]>;
  for (const lemma of speechVerbs.verbs) {
    for (const form of irregular[lemma] ?? regularForms(lemma)) formToLemma.set(form, lemma);
  }
  return formToLemma;
}

/** Forms that are also common nouns ("state", "reports", "claims"); irregular verbs' forms and -ed forms are not. */
export const isAmbiguousForm = (lower: string): boolean => {
  const lemma = REPORTING_VERBS.get(lower);
  if (!lemma || (speechVerbs.forms as Record<string, string[]>)[lemma]?.includes(lower)) return false;
  return !lower.endsWith('ed');
};

/** Inflected reporting-verb form → lemma ("said" → "say"). */
export const REPORTING_VERBS: ReadonlyMap<string, string> = buildVerbForms();

const QUOTE_ONLY = new Set(speechVerbs.quoteOnly);
/** Lemmas that may come before their subject: "…,” said Tarar. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set(speechVerbs.invertible);

export const isReportingVerb = (lower: string): boolean => REPORTING_VERBS.has(lower);
const NEEDS_OBJECT = new Set(speechVerbs.needsObject);
/** "accused", "quoted": a past form of a verb that must take its object first. */
export const needsObject = (lower: string): boolean => lower.endsWith('ed') && NEEDS_OBJECT.has(REPORTING_VERBS.get(lower) ?? '');
/** A verb that makes its subject the source of a whole sentence, not only of a quotation next to it. */
export const isSourceVerb = (lower: string): boolean => {
  const lemma = REPORTING_VERBS.get(lower);
  return lemma !== undefined && !QUOTE_ONLY.has(lemma);
};
export const isParticiple = (lower: string): boolean => lower.endsWith('ing') && REPORTING_VERBS.has(lower);

const set = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const SPEECH_NOUNS = set(speechNouns.nouns);
export const TERM_MARKERS: readonly string[] = speechNouns.termMarkers;
export const TITLES = set(titles.titles);
export const DETERMINERS = set(functionWords.determiners);
export const POSSESSIVE_PRONOUNS = set(functionWords.possessivePronouns);
export const PRONOUNS = set(functionWords.pronouns);
export const ADVERBS = set(functionWords.adverbs);
export const BE_FORMS = set(functionWords.beForms);
export const BOUNDARIES = set(functionWords.boundaries);
export const BLOCKING_PREPOSITIONS = set(functionWords.blockingPrepositions);
export const NAME_PARTICLES = set(functionWords.nameParticles);
export const INNER_NAME_WORDS = set(functionWords.innerNameWords);
export const COORDINATORS = set(functionWords.coordinators);
export const INTRO_WORDS = set(functionWords.introWords);
export const TIME_NOUNS = set(functionWords.timeNouns);
export const TIME_MODIFIERS = set(functionWords.timeModifiers);
export const ORG_WORDS = set(orgWords.orgWords);
export const PERSON_NOUNS = set(orgWords.personNouns);
export const PARTITIVES = set(orgWords.partitives);
export const LOCATIVE_PREPOSITIONS = set(orgWords.locativePrepositions);
export const ROLE_PREPOSITIONS = set(orgWords.rolePrepositions);
export const GROUP_ANAPHORS = set(orgWords.groupAnaphors);
export const DOCUMENT_NOUNS = set(speechNouns.documentNouns);
export const PLATFORMS: ReadonlyMap<string, string> = new Map(channels.platforms.map((p) => [p.toLowerCase(), p]));
export const MEDIUM_NOUNS = set(channels.mediumNouns);
export const CHANNEL_NOUNS = set(channels.nouns);
export const PHONE_WORDS = set(channels.phone);
export const MALE_WORDS = set(genderWords.male);
export const FEMALE_WORDS = set(genderWords.female);
export const MALE_PRONOUNS = set(genderWords.malePronouns);
export const FEMALE_PRONOUNS = set(genderWords.femalePronouns);

/** Every list, for the data tests. */
export const DATA_LISTS: Record<string, readonly string[]> = {
  'speech-verbs.verbs': speechVerbs.verbs,
  'speech-verbs.quoteOnly': speechVerbs.quoteOnly,
  'speech-verbs.invertible': speechVerbs.invertible,
  'speech-verbs.needsObject': speechVerbs.needsObject,
  'speech-nouns.nouns': speechNouns.nouns,
  'speech-nouns.termMarkers': speechNouns.termMarkers,
  'titles.titles': titles.titles,
  'org-words.orgWords': orgWords.orgWords,
  'org-words.personNouns': orgWords.personNouns,
  'org-words.partitives': orgWords.partitives,
  'org-words.locativePrepositions': orgWords.locativePrepositions,
  'org-words.rolePrepositions': orgWords.rolePrepositions,
  'org-words.groupAnaphors': orgWords.groupAnaphors,
  'speech-nouns.documentNouns': speechNouns.documentNouns,
  'channels.platforms': channels.platforms,
  'channels.mediumNouns': channels.mediumNouns,
  'channels.nouns': channels.nouns,
  'channels.phone': channels.phone,
  'gender-words.male': genderWords.male,
  'gender-words.female': genderWords.female,
  'gender-words.malePronouns': genderWords.malePronouns,
  'gender-words.femalePronouns': genderWords.femalePronouns,
  ...Object.fromEntries(Object.entries(functionWords).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [`function-words.${k}`, v as string[]])),
};
