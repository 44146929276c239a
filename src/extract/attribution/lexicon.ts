// Word lists for attribution, loaded from data/*.json and turned into lookup sets.
// Reporting verbs are the lexicon's (src/lexicon/reportingVerbs.ts), re-exported here.
import { MONTH_AND_DAY_WORDS } from '../../lexicon/calendarWords.js';
import { ATTRIBUTION_NAME_PARTICLES, ATTRIBUTION_TITLES, NAME_INNER_WORDS } from '../../lexicon/names.js';
import { REPORTING_VERB_LISTS } from '../../lexicon/reportingVerbs.js';
import channels from './data/channels.json' with { type: 'json' };
import functionWords from './data/function-words.json' with { type: 'json' };
import genderWords from './data/gender-words.json' with { type: 'json' };
import orgWords from './data/org-words.json' with { type: 'json' };
import speechNouns from './data/speech-nouns.json' with { type: 'json' };

export {
  INVERTIBLE_VERBS,
  REPORTING_VERBS,
  isAmbiguousForm,
  isParticiple,
  isReportingVerb,
  isSourceVerb,
  needsObject,
  regularForms,
} from '../../lexicon/reportingVerbs.js';

const set = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

export const SPEECH_NOUNS = set(speechNouns.nouns);
export const TERM_MARKERS: readonly string[] = speechNouns.termMarkers;
export const TITLES = set(ATTRIBUTION_TITLES);
export const DETERMINERS = set(functionWords.determiners);
export const POSSESSIVE_PRONOUNS = set(functionWords.possessivePronouns);
export const PRONOUNS = set(functionWords.pronouns);
export const ADVERBS = set(functionWords.adverbs);
export const BE_FORMS = set(functionWords.beForms);
export const BOUNDARIES = set(functionWords.boundaries);
export const BLOCKING_PREPOSITIONS = set(functionWords.blockingPrepositions);
export const NAME_PARTICLES = set(ATTRIBUTION_NAME_PARTICLES);
export const INNER_NAME_WORDS = set(NAME_INNER_WORDS);
export const COORDINATORS = set(functionWords.coordinators);
export const INTRO_WORDS = set(functionWords.introWords);
/** Time nouns of a phrase between a subject and its verb: the list's, and month and weekday names. */
export const TIME_NOUNS = set([...functionWords.timeNouns, ...MONTH_AND_DAY_WORDS]);
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
  ...REPORTING_VERB_LISTS,
  'speech-nouns.nouns': speechNouns.nouns,
  'speech-nouns.termMarkers': speechNouns.termMarkers,
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
