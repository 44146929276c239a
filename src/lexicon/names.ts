// Words inside and before names: particles ("al", "bin", "van"), the small words a name
// may hold between its capitals ("of", "for"), titles and honorifics. One list per
// meaning; where the extractors' old copies differed, the words a reader leaves out are
// declared in the data (`notReadBy`), so every difference is written down.
import names from './data/names.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };

/** The words of `list` without those `leftOut`. */
const without = (list: readonly string[], leftOut: readonly string[] = []): readonly string[] => list.filter((w) => !leftOut.includes(w));

/** Lower-case particles of personal names: "al", "bin", "de", "van". */
export const NAME_PARTICLES: readonly string[] = names.particles;
/** Small words a name may hold between its capitals: "Ministry of Defence". */
export const NAME_INNER_WORDS: readonly string[] = names.innerWords;
/** Forms of address before a name: "Mr", "Dr.", "Sir", "Haji". */
export const HONORIFICS: readonly string[] = titles.honorifics;
/** Offices, ranks and roles written before a name: "minister", "gen.", "spokesman". */
export const TITLES: readonly string[] = titles.titles;

/** Who reads these lists, and what each has never read. */
export const NOT_READ_BY = { ...names.notReadBy, ...titles.notReadBy } as const;

export const ACTOR_NAME_PARTICLES = without(NAME_PARTICLES, names.notReadBy.actors.particles);
/** Actors' plain-words rule joins a name's words over these only. */
export const ACTOR_NAME_JOINERS = without(NAME_INNER_WORDS, names.notReadBy.actorsPlainWords.innerWords);
export const ACTOR_TITLE_HEADS = without(TITLES, titles.notReadBy.actors.titles);
export const ACTOR_HONORIFICS = HONORIFICS;

export const ATTRIBUTION_NAME_PARTICLES = without(NAME_PARTICLES, names.notReadBy.attribution.particles);
/** Attribution reads titles and honorifics as one list of titles dropped from speaker names. */
export const ATTRIBUTION_TITLES = [...without(HONORIFICS, titles.notReadBy.attribution.honorifics), ...without(TITLES, titles.notReadBy.attribution.titles)];
