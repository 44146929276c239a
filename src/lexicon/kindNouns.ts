// Nouns that give a name its kind, by where the actors rules read them (see
// data/kindNouns.json). A noun has one kind everywhere unless declared ambiguous.
import kindNouns from './data/kindNouns.json' with { type: 'json' };

export type NounKind = 'organization' | 'place' | 'group' | 'media';

/** Words that end a capitalised name and give it a kind: "Interior Ministry", "Swat Valley". */
export const NAME_HEADS: Readonly<Record<NounKind, readonly string[]>> = kindNouns.nameHeads;
/** Common nouns that describe a name beside them: "the rights group Amnesty", "X, a village in Lubero". */
export const DESCRIPTOR_NOUNS: Readonly<Record<NounKind, readonly string[]>> = kindNouns.descriptors;
/** Lower-case place nouns that join a name after "the": "the Neelum valley", "the Abu Helal school". */
export const PLACE_NOUNS_AFTER_NAME: readonly string[] = kindNouns.placeNounsAfterName;
/** Nouns declared of two kinds, each with an example of both ("hospital": an institution, a building). */
export const AMBIGUOUS_KIND_NOUNS: Readonly<Record<string, { kinds: string[]; why: string }>> = kindNouns.ambiguous;
