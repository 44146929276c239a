// Reporting verbs ("say", "tell", "warn" …), stored by lemma in data/reportingVerbs.json;
// their inflected forms are generated here. Attribution reads every form; actors reads
// only its named subset (`ACTOR_NAME_CUES`).
import reportingVerbs from './data/reportingVerbs.json' with { type: 'json' };

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

const IRREGULAR = reportingVerbs.forms as Record<string, string[]>;

function buildVerbForms(): Map<string, string> {
  const formToLemma = new Map<string, string>();
  for (const lemma of reportingVerbs.verbs) {
    for (const form of IRREGULAR[lemma] ?? regularForms(lemma)) formToLemma.set(form, lemma);
  }
  return formToLemma;
}

/** Inflected reporting-verb form → lemma ("said" → "say"). */
export const REPORTING_VERBS: ReadonlyMap<string, string> = buildVerbForms();

/** Forms that are also common nouns ("state", "reports", "claims"); irregular verbs' forms and -ed forms are not. */
export const isAmbiguousForm = (lower: string): boolean => {
  const lemma = REPORTING_VERBS.get(lower);
  if (!lemma || IRREGULAR[lemma]?.includes(lower)) return false;
  return !lower.endsWith('ed');
};

const QUOTE_ONLY = new Set(reportingVerbs.quoteOnly);
/** Lemmas that may come before their subject: "…,” said Tarar. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set(reportingVerbs.invertible);

export const isReportingVerb = (lower: string): boolean => REPORTING_VERBS.has(lower);
const NEEDS_OBJECT = new Set(reportingVerbs.needsObject);
/** "accused", "quoted": a past form of a verb that must take its object first. */
export const needsObject = (lower: string): boolean => lower.endsWith('ed') && NEEDS_OBJECT.has(REPORTING_VERBS.get(lower) ?? '');
/** A verb that makes its subject the source of a whole sentence, not only of a quotation next to it. */
export const isSourceVerb = (lower: string): boolean => {
  const lemma = REPORTING_VERBS.get(lower);
  return lemma !== undefined && !QUOTE_ONLY.has(lemma);
};
export const isParticiple = (lower: string): boolean => lower.endsWith('ing') && REPORTING_VERBS.has(lower);

/**
 * The reporting-verb forms the actors extractor reads as "a name speaks here" ("Bukar Modu
 * said", "added:"): a subset of `REPORTING_VERBS`' forms, some with a trailing colon.
 */
export const ACTOR_NAME_CUES: readonly string[] = reportingVerbs.nameCues;

/** The lists of data/reportingVerbs.json, for the data tests. */
export const REPORTING_VERB_LISTS: Record<string, readonly string[]> = {
  'reportingVerbs.verbs': reportingVerbs.verbs,
  'reportingVerbs.quoteOnly': reportingVerbs.quoteOnly,
  'reportingVerbs.invertible': reportingVerbs.invertible,
  'reportingVerbs.needsObject': reportingVerbs.needsObject,
  'reportingVerbs.nameCues': reportingVerbs.nameCues,
};
