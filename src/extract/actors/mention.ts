// A mention: one stretch of text that names an actor, with the evidence gathered about it.
import type { Sentence } from '../../document/index.js';
import type { ActorKind } from '../../schema/result.js';
import type { KnownActor } from './gazetteer.js';
import type { Word } from './words.js';

export interface Mention {
  /** UTF-16 offsets into the document. */
  start: number;
  end: number;
  text: string;
  /** The words of the mention, and the whole sentence's words for context. */
  words: Word[];
  sentenceWords: Word[];
  sentence: Sentence;
  /** A known actor from the data lists, when the name is listed. */
  known?: KnownActor;
  /** A capital city, which names its country's government or is a place. */
  capitalOf?: KnownActor;
  /** Kind evidence found by the rules; the strongest wins when mentions merge. */
  kind?: ActorKind;
  strength: number;
  roles: string[];
  country: string | null;
  /** Another mention this one is defined as (an acronym in parentheses, "also known as"). */
  sameAs?: Mention;
  /** Set by the rules that decide it: a title or honorific stood before a personal name. */
  titled?: boolean;
  /** In a Title Case heading or a line in capitals: kept only if known or used elsewhere. */
  heading?: boolean;
  /** A place in capitals at the head of a story ("MAIDUGURI, Nigeria (Reuters) -"). */
  dateline?: boolean;
  /** A nominal such as "army" or "police" that refers back to a named force. */
  nominal?: string;
  /** A force named by its level ("Federal police"): its own actor when the article names no other. */
  level?: boolean;
  /** A country's force named with a possessive ("Sudan’s military"). */
  owned?: boolean;
  /** The name a place noun was added to ("Tuffah" in "the Tuffah neighbourhood"). */
  core?: string;
  /** Strength of the evidence from the surrounding words alone (rules/context.ts). */
  context?: number;
  /** What is left of a run after a listed name in it ("Trust Principles" after "Thomson Reuters"). */
  remnant?: boolean;
  /** The words an acronym in brackets defines. */
  defined?: boolean;
  /** Typed a body by the words around it (rules/bodies.ts): weak enough to join a person of the same name. */
  body?: boolean;
  /** Named in brackets after a person ("Jon Akers ( Hartwell )"): a name, though a bracket opens it. */
  affiliated?: boolean;
  /** A team in a sports result, fixture or table line ("Tranmere 3 Grimsby 2"). */
  team?: boolean;
}

export function makeMention(sentence: Sentence, sentenceWords: Word[], words: Word[], text: string): Mention {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    start: first.start,
    end: last.end,
    text,
    words,
    sentenceWords,
    sentence,
    strength: 0,
    roles: [],
    country: null,
  };
}

/** Strengthen a mention's kind when the new evidence is stronger than what it has. */
export function suggest(m: Mention, kind: ActorKind, strength: number): void {
  if (strength > m.strength) {
    m.kind = kind;
    m.strength = strength;
  }
}
