// Every word list the actor rules use, loaded once from data/*.json and from the shared
// lexicon (src/lexicon: reporting verbs, name particles, titles, honorifics, kind-giving nouns).
import demonymData from './data/demonyms.json' with { type: 'json' };
import directions from './data/directions.json' with { type: 'json' };
import adjectivalNames from './data/adjectivalNames.json' with { type: 'json' };
import capitalData from './data/capitals.json' with { type: 'json' };
import companySuffixes from './data/companySuffixes.json' with { type: 'json' };
import firstNames from './data/firstNames.json' with { type: 'json' };
import locativePrepositions from './data/locativePrepositions.json' with { type: 'json' };
import mediaLeads from './data/mediaLeads.json' with { type: 'json' };
import nonNameStarters from './data/nonNameStarters.json' with { type: 'json' };
import notNames from './data/notNames.json' with { type: 'json' };
import placeVerbs from './data/placeVerbs.json' with { type: 'json' };
import roleNouns from './data/roleNouns.json' with { type: 'json' };
import { NAME_HEADS } from '../../lexicon/kindNouns.js';
import { ACTOR_HONORIFICS, ACTOR_NAME_PARTICLES, ACTOR_TITLE_HEADS } from '../../lexicon/names.js';
import { ACTOR_NAME_CUES } from '../../lexicon/reportingVerbs.js';

/** Case-, accent- and apostrophe-insensitive key for word lists and names. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .trim();
}

const set = (words: readonly string[]) => new Set(words.map(fold));

export const WORDS = {
  adjectivalNames: set(adjectivalNames),
  directions: set(directions),
  firstNames: set(firstNames),
  groupCues: set(NAME_HEADS.group),
  honorifics: set(ACTOR_HONORIFICS),
  locativePrepositions: set(locativePrepositions),
  mediaCues: set(NAME_HEADS.media),
  mediaLeads: set(mediaLeads),
  nameParticles: set(ACTOR_NAME_PARTICLES),
  nonNameStarters: set(nonNameStarters),
  notNames: set(notNames),
  companySuffixes: set(companySuffixes),
  // A company's legal form ends its name like any organisation word ("Halden Plc").
  orgCues: set([...NAME_HEADS.organization, ...companySuffixes]),
  placeCues: set(NAME_HEADS.place),
  placeVerbs: set(placeVerbs),
  /** The lexicon's reporting-verb forms that actors reads after a name. */
  reportingVerbs: set(ACTOR_NAME_CUES),
  roleNouns: set(roleNouns),
  titleHeads: set(ACTOR_TITLE_HEADS),
} as const;

/** Demonym ("Pakistani") → ISO alpha-2. */
export const DEMONYMS = new Map<string, string>(Object.entries(demonymData as Record<string, string>).map(([k, v]) => [fold(k), v]));
/** Capital city ("Islamabad") → ISO alpha-2. */
export const CAPITALS = new Map<string, string>(Object.entries(capitalData as Record<string, string>).map(([k, v]) => [fold(k), v]));

export const LISTS = {
  adjectivalNames, companySuffixes, directions, firstNames, locativePrepositions, mediaLeads, nonNameStarters, notNames, placeVerbs, roleNouns,
} as const;
