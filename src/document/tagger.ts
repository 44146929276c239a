// How compromise tags a document (see tokens.ts). Its own module, so the CLI can list
// the choices without loading compromise.
export const TAGGERS = ['fast', 'full'] as const;
export type Tagger = (typeof TAGGERS)[number];
