// The word lists in data/*.json, loaded once into sets and phrase matchers.
import grammar from './data/grammar.json' with { type: 'json' };
import nonVictim from './data/nonVictimNouns.json' with { type: 'json' };
import numbers from './data/numbers.json' with { type: 'json' };
import outcomes from './data/outcomes.json' with { type: 'json' };
import persons from './data/personNouns.json' with { type: 'json' };
import qualifiers from './data/qualifiers.json' with { type: 'json' };
import vague from './data/vague.json' with { type: 'json' };
import type { Outcome } from '../../schema/result.js';
import type { Word } from './words.js';

export interface PhraseMatch<T> {
  value: T;
  /** Word indices [start, end). */
  start: number;
  end: number;
}

/** Multi-word phrases matched on lower-cased words, longest first. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  private readonly byLast = new Map<string, Array<{ words: string[]; value: T }>>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const add = (map: Map<string, Array<{ words: string[]; value: T }>>, key: string) => {
        const list = map.get(key) ?? [];
        list.push({ words, value });
        list.sort((a, b) => b.words.length - a.words.length);
        map.set(key, list);
      };
      add(this.byFirst, words[0]!);
      add(this.byLast, words[words.length - 1]!);
    }
  }

  /** The longest phrase starting at word i. */
  at(words: Word[], i: number): PhraseMatch<T> | null {
    const first = words[i];
    if (!first) return null;
    for (const p of this.byFirst.get(first.lower) ?? []) {
      if (p.words.every((w, k) => words[i + k]?.lower === w)) return { value: p.value, start: i, end: i + p.words.length };
    }
    return null;
  }

  /** The longest phrase ending with word i (inclusive). */
  endingAt(words: Word[], i: number): PhraseMatch<T> | null {
    const last = words[i];
    if (!last) return null;
    for (const p of this.byLast.get(last.lower) ?? []) {
      const start = i - p.words.length + 1;
      if (start >= 0 && p.words.every((w, k) => words[start + k]?.lower === w)) return { value: p.value, start, end: i + 1 };
    }
    return null;
  }
}

const byOutcome = (table: Record<string, string[]>): Array<[string, Outcome]> =>
  Object.entries(table).flatMap(([outcome, phrases]) => phrases.map((p): [string, Outcome] => [p, outcome as Outcome]));

export type QualifierMode = 'more' | 'atLeast' | 'below' | 'upTo' | 'approx' | 'plain';

const set = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const lexicon = {
  units: new Map(Object.entries(numbers.units)),
  tens: new Map(Object.entries(numbers.tens)),
  multipliers: new Map(Object.entries(numbers.multipliers)),
  groups: new Map(Object.entries(numbers.groups)),
  pairs: new Map(Object.entries(numbers.pairs)),
  vague: new PhraseSet(vague.quantities.map((q): [string, number] => [q.words, q.low])),
  qualifiers: new PhraseSet(qualifiers.qualifiers.map((q): [string, QualifierMode] => [q.words, q.mode as QualifierMode])),
  verbsBefore: new PhraseSet(byOutcome(outcomes.verbsBefore)),
  predicates: new PhraseSet(byOutcome(outcomes.predicates)),
  nounsBefore: new PhraseSet(byOutcome(outcomes.nounsBefore)),
  nounsAfter: new PhraseSet(byOutcome(outcomes.nounsAfter)),
  hostageVerbs: set(outcomes.hostage.verbs),
  hostageNouns: set(outcomes.hostage.nouns),
  treatVerbs: set(outcomes.treatedFor.verbs),
  woundNouns: set(outcomes.treatedFor.nouns),
  sufferVerbs: set(outcomes.sustained.verbs),
  injuryNouns: set(outcomes.sustained.nouns),
  fatalModifiers: set(outcomes.sustained.fatal),
  custodyPhrases: new PhraseSet(outcomes.custody.phrases.map((w): [string, true] => [w, true])),
  arrestCustody: set(outcomes.custody.arrestPhrases),
  custodyAuthorities: set(outcomes.custody.authorities),
  crossings: new PhraseSet(outcomes.crossing.predicates.map((w): [string, true] => [w, true])),
  crossingVictims: set(outcomes.crossing.victims),
  takingVerbs: new PhraseSet(outcomes.taking.verbs.map((w): [string, true] => [w, true])),
  takingSubjects: set(outcomes.taking.subjects),
  losingVerbs: set(outcomes.losing.verbs),
  perpetratorVerbsBefore: new PhraseSet(outcomes.perpetratorsOnly.verbsBefore.map((w): [string, Outcome] => [w, 'killed'])),
  perpetratorPredicates: new PhraseSet(outcomes.perpetratorsOnly.predicates.map((w): [string, Outcome] => [w, 'killed'])),
  leavingVerbs: new PhraseSet([...outcomes.leavingHome.verbs, ...outcomes.leavingHome.fromVerbs].map((w): [string, true] => [w, true])),
  homeNouns: set(outcomes.leavingHome.homes),
  percentWords: new PhraseSet(grammar.percentWords.map((w): [string, true] => [w, true])),
  populationNouns: set(grammar.populationNouns),
  namedVictimOutcomes: set(grammar.namedVictims.outcomes),
  namedVictimNotWords: set(grammar.namedVictims.notWords),
  shareOutcomes: set(grammar.shareOutcomes),
  passiveOnly: set(grammar.passiveOnly),
  notLosses: new PhraseSet(grammar.notLosses.map((w): [string, true] => [w, true])),
  postmodifiers: new PhraseSet(grammar.postmodifiers.map((w): [string, true] => [w, true])),
  auxiliaries: set(grammar.auxiliaries),
  adverbs: set(grammar.adverbs),
  coordinators: new PhraseSet(grammar.coordinators.map((w): [string, true] => [w, true])),
  partMarkers: new PhraseSet(grammar.partMarkers.map((w): [string, true] => [w, true])),
  relativePronouns: set(grammar.relativePronouns),
  nounPhraseStops: set(grammar.nounPhraseStops),
  singularDeterminers: set(grammar.singularDeterminers),
  reflexives: new Map(Object.entries(grammar.reflexives)),
  hypotheticalMarkers: set(grammar.hypotheticalMarkers),
  reportingWords: set(grammar.reportingWords),
  genericVictims: set(grammar.genericVictims),
  perpetrators: set(grammar.perpetrators),
  possessives: set(grammar.possessives),
  runningTotalVerbs: set(grammar.runningTotalVerbs),
  tollRiseVerbs: set(grammar.tollRiseVerbs),
  takenElsewhere: set(grammar.takenElsewhere),
  partsBefore: new PhraseSet(byOutcome(outcomes.partsBefore)),
  figureBackReferences: new PhraseSet(grammar.figureBackReferences.map((w): [string, true] => [w, true])),
  cumulativeSubjects: new PhraseSet(grammar.cumulativeSubjects.map((w): [string, true] => [w, true])),
  cumulativeMarkers: new PhraseSet(grammar.cumulativeMarkers.map((w): [string, true] => [w, true])),
  nonVictimNouns: set(nonVictim.nouns),
  currencySymbols: new Set(nonVictim.currencySymbols),
  agePrecedents: set(nonVictim.agePrecedents),
  agePhrases: new PhraseSet(nonVictim.agePhrases.map((w): [string, true] => [w, true])),
  labelPrecedents: set(nonVictim.labelPrecedents),
  personNouns: new PhraseSet(persons.nouns.map((w): [string, true] => [w, true])),
};

/** Every outcome word, in any role: the noun-phrase reader stops at them. */
export function isOutcomeWord(words: Word[], i: number): boolean {
  return !!(lexicon.predicates.at(words, i) || lexicon.verbsBefore.at(words, i) || lexicon.nounsAfter.at(words, i));
}
