// Turns the phrases the rules found into speakers: names cleaned, linked to actors,
// widened to the fullest name, and pronouns resolved to the most recent compatible
// speaker named before.
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { ActorIndex } from '../actorIndex.js';
import { GroupMentions, anaphorIn } from './anaphors.js';
import { GenderEvidence, genderInPhrase, type Gender } from './gender.js';
import { isPersonHead, locativeSplit } from './described.js';
import { PersonMentions } from './persons.js';
import type { FrameToken } from './frame.js';
import { DOCUMENT_NOUNS, PERSON_NOUNS } from './lexicon.js';
import { kindOfName, nameInPhrase, type PhraseName, type SpeakerKind } from './names.js';
import { startsPhrase, type Range } from './nounPhrase.js';
import type { NameRegistry } from './registry.js';
import type { RuleSpeaker } from './rules/types.js';

export interface Speaker {
  name: string;
  actor: string | null;
  /** UTF-16 offsets of the words naming the speaker (the pronoun for a resolved pronoun). */
  start: number;
  end: number;
  kind: SpeakerKind;
  /** The pronoun as written when the speaker was resolved from one. */
  pronoun: string | null;
  /** What the words naming the speaker say of its gender ("Mrs. Ruiz", "the spokeswoman"). */
  gender?: Gender | null;
  /** A definite description ("the senator", "the Democratic frontrunner"), which points back to someone named. */
  definite?: boolean;
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };

const HISTORY_LIMIT = 24;
/** How far back "he" or "she" looks for a person named in the text: sentences, and paragraphs. */
const SENTENCE_WINDOW = 6;
const PARAGRAPH_WINDOW = 2;
/** "Asked about Okafor, he said": a person after a preposition in the pronoun's own sentence is not its subject. */
const PREPOSITION_BEFORE = /\b(?:about|to|with|of|for|from|by|on|at|against|than|like|and|as|toward|towards|after|before)\s+(?:(?![\p{L}’'-]*ed\s)[\p{L}.'’-]+\s+){0,2}$/u;
const COURTESY_TITLE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

const kindOfActor = (actor: Actor): SpeakerKind => (actor.kind === 'person' ? 'person' : 'org');

const nameWords = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/** "Paul H. Chipok" where the person actor is only "Paul": the phrase names the person more fully. */
function fullerThanActor(text: string, actor: Actor): string | null {
  if (actor.kind !== 'person') return null;
  const words = nameWords(text);
  const known = nameWords(actor.name);
  return words.length > known.length && known.every((w) => words.includes(w)) ? text : null;
}

function compatible(pronoun: string, kind: SpeakerKind): boolean {
  switch (pronoun) {
    case 'he':
    case 'she':
      return kind === 'person' || kind === 'unknown';
    case 'it':
      return kind === 'org' || kind === 'unknown';
    case 'they':
      return kind === 'plural' || kind === 'org';
    default:
      return false;
  }
}

/** A speaker left as a bare record noun ("statement") is no issuer. */
const anaphorNoun = (speaker: Speaker) => speaker.actor === null && DOCUMENT_NOUNS.has(speaker.name.toLowerCase());

interface Said {
  sentence: number;
  speaker: Speaker;
}

export class SpeakerResolver {
  private readonly history: Speaker[] = [];
  /** Every speaker found so far (pronouns resolved too), by sentence, for "he"/"she" to look back over. */
  private readonly said: Said[] = [];
  private readonly persons: PersonMentions;
  private readonly actors: ActorIndex;
  private readonly groups: GroupMentions;
  private readonly issuers = new Map<string, Speaker>();
  private lastIssuer: Speaker | null = null;

  constructor(private readonly doc: Document, actors: Actor[], private readonly registry: NameRegistry, private readonly genders: GenderEvidence) {
    this.actors = new ActorIndex(doc, actors);
    this.groups = new GroupMentions(doc, actors);
    this.persons = new PersonMentions(doc, actors);
  }

  /** The speaker a rule's phrase names; records named speakers for later pronouns. */
  resolve(tokens: FrameToken[], found: RuleSpeaker, { remember = true } = {}): Speaker | null {
    const first = tokens[found.phrase.from]!;
    if (found.pronoun) {
      const resolved = this.pronoun(found.pronoun, first.start, first.end);
      if (remember && resolved.kind !== 'unknown') this.note(resolved);
      return resolved;
    }
    const antecedent = this.antecedent(tokens, found.phrase);
    if (antecedent) return antecedent;
    const gender = genderInPhrase(tokens, found.phrase.from, found.phrase.to);
    const described = this.described(tokens, found.phrase);
    if (described) {
      described.gender = gender;
      if (remember) this.remember(described);
      return described;
    }
    const name = nameInPhrase(tokens, found.phrase);
    if (!name) return null;
    const start = tokens[name.from]!.start;
    const last = tokens[name.to - 1]!;
    // "Islamabad’s" names Islamabad.
    const end = last.possessive ? last.end - 2 : last.end;
    // "a Republican National Committee member" is a person, not the committee: an actor must cover a lower-case role head.
    const head = isPersonHead(last) && !last.cap ? last.start : start;
    const speaker = this.named(this.doc.text.slice(start, end), start, end, kindOfName(tokens, name), head);
    speaker.gender = gender;
    // "The Democratic frontrunner wrote …": a definite description of someone named before.
    if (speaker.actor === null && !last.cap && tokens[found.phrase.from]!.lower === 'the') speaker.definite = true;
    if (remember) this.remember(speaker);
    return speaker;
  }

  /** The speaker "the group", "the statement" or "the 63-year-old" points back to, if named before. */
  private antecedent(tokens: FrameToken[], phrase: Range): Speaker | null {
    const anaphor = anaphorIn(tokens, phrase);
    if (!anaphor) return null;
    const start = tokens[phrase.from]!.start;
    const end = tokens[phrase.to - 1]!.end;
    if (anaphor.kind === 'person' || anaphor.kind === 'member') {
      const kind: SpeakerKind = anaphor.kind === 'person' ? 'person' : 'plural';
      const earlier = this.history.findLast((h) => h.kind === kind);
      return earlier ? { ...earlier, start, end, pronoun: null } : null;
    }
    if (anaphor.kind === 'document') {
      const issuer = this.issuers.get(anaphor.noun) ?? this.lastIssuer;
      return issuer ? { ...issuer, start, end, pronoun: null } : null;
    }
    const group = this.groups.before(start);
    return group ? { name: group.name, actor: group.id, start, end, kind: 'org', pronoun: null } : null;
  }

  /** A person described and placed ("senior police official in Tank"), not the place; null when the phrase names an organisation or person. */
  private described(tokens: FrameToken[], phrase: Range): Speaker | null {
    const split = locativeSplit(tokens, phrase);
    if (split < 0) return null;
    const rest = nameInPhrase(tokens, { from: split + 1, to: phrase.to });
    if (!rest) return null;
    // "in/at/from Delmas" only places the person; "of/for X" may name what the person speaks for ("a member of Hamas").
    if ((tokens[split]!.lower === 'of' || tokens[split]!.lower === 'for') && this.isOrganisation(tokens, rest)) return null;
    let from = phrase.from;
    while (from < split && startsPhrase(tokens[from]!)) from++;
    const start = tokens[from]!.start;
    const end = tokens[phrase.to - 1]!.end;
    const head = tokens[split - 1]!;
    const plural = head.lower.endsWith('s') && PERSON_NOUNS.has(head.lower.slice(0, -1));
    return { name: this.doc.text.slice(start, end), actor: null, start, end, kind: plural ? 'plural' : 'person', pronoun: null };
  }

  /** The phrase names an organisation or group (by its actor, else by its words), not a place or person. */
  private isOrganisation(tokens: FrameToken[], name: PhraseName): boolean {
    const actor = this.actors.at(tokens[name.from]!.start, tokens[name.to - 1]!.end);
    if (actor) return actor.kind !== 'place' && actor.kind !== 'country' && actor.kind !== 'person';
    const words = tokens.slice(name.from, name.to);
    return kindOfName(tokens, name) === 'org' && !words.some((t) => t.tags.has('Place') || t.tags.has('Country'));
  }

  /** Who issued a statement, report or message ("In a statement, the army said …"), for a later "the statement said". */
  rememberIssuer(noun: string, speaker: Speaker): void {
    if (anaphorNoun(speaker)) return;
    this.issuers.set(noun, speaker);
    this.lastIssuer = speaker;
  }

  /** A named speaker, linked to its actor or widened to the fullest name in the text. */
  named(text: string, start: number, end: number, kind: SpeakerKind, from = start): Speaker {
    const actor = this.actors.at(from, end) ?? this.actors.byName(text);
    if (actor) return { name: fullerThanActor(text, actor) ?? actor.name, actor: actor.id, start, end, kind: kindOfActor(actor), pronoun: null };
    const fullest = kind === 'org' || kind === 'plural' ? null : this.registry.fullest(text);
    return { name: fullest ?? text, actor: null, start, end, kind: fullest ? 'person' : kind, pronoun: null };
  }

  pronoun(pronoun: string, start: number, end: number): Speaker {
    const wanted = PRONOUN_GENDER[pronoun];
    let named = wanted ? this.personBefore(wanted, start) : null;
    // "Hillary Clinton wants … The Democratic frontrunner wrote … She promised": through the description to the name.
    if (named?.definite && wanted) named = this.personBefore(wanted, named.start) ?? named;
    if (named) return { ...named, start, end, pronoun };
    for (let k = this.history.length - 1; k >= 0; k--) {
      const earlier = this.history[k]!;
      if (!compatible(pronoun, earlier.kind)) continue;
      // "he" is a person, a name or a gendered description ("a mother of three"), never "book".
      if (wanted && earlier.kind === 'unknown' && !earlier.gender && !/^\p{Lu}/u.test(earlier.name)) continue;
      // "she" never means a man the article calls "Mr." or "he", nor "he" a woman.
      const gender = wanted ? (earlier.gender ?? this.genders.of(earlier.name)) : null;
      if (gender && gender !== wanted) continue;
      return { ...earlier, start, end, pronoun };
    }
    return { name: this.doc.text.slice(start, end), actor: null, start, end, kind: 'unknown', pronoun };
  }

  remember(speaker: Speaker): void {
    if (speaker.pronoun) return;
    this.note(speaker);
    this.history.push(speaker);
    if (this.history.length > HISTORY_LIMIT) this.history.shift();
  }

  private note(speaker: Speaker): void {
    const sentence = this.doc.sentenceAt(speaker.start);
    if (sentence) this.said.push({ sentence: sentence.index, speaker });
  }

  /**
   * Whether a person may be the one "he" or "she" means: 'yes' unless what the article says of them
   * (a title, a role noun, pronouns by their name) contradicts it; 'maybe' when only their first name
   * or mixed evidence does ("Marty", "Lindsey" are given to both), 'no' for what is not a person.
   */
  private fits(speaker: Speaker, wanted: Gender): 'yes' | 'maybe' | 'no' {
    if (speaker.kind !== 'person' && !(speaker.kind === 'unknown' && (/^\p{Lu}/u.test(speaker.name) || speaker.gender))) return 'no';
    const told = speaker.gender ?? this.genders.told(speaker.name);
    if (told) return told === wanted ? 'yes' : 'no';
    const guessed = this.genders.of(speaker.name);
    return !guessed || guessed === wanted ? 'yes' : 'maybe';
  }

  /**
   * The person "he" or "she" at `start` points back to, among those the text named in the last few
   * sentences: going back sentence by sentence, the speakers of a sentence first, then the persons
   * it names, in reading order (the subject first). Null when none fits nearby.
   */
  private personBefore(wanted: Gender, start: number): Speaker | null {
    const here = this.doc.sentenceAt(start);
    if (!here) return null;
    let k = this.said.length;
    let fallback: Speaker | null = null;
    const take = (candidate: Speaker): boolean => {
      const fit = this.fits(candidate, wanted);
      if (fit === 'maybe') fallback ??= candidate;
      return fit === 'yes';
    };
    for (let index = here.index; index >= 0 && here.index - index <= SENTENCE_WINDOW; index--) {
      const sentence = this.doc.sentences[index]!;
      if (here.paragraph - sentence.paragraph > PARAGRAPH_WINDOW) break;
      if (sentence.role === 'byline') continue;
      const speakers: Speaker[] = [];
      while (k > 0 && this.said[k - 1]!.sentence >= index) {
        const said = this.said[--k]!;
        if (said.sentence === index && said.speaker.start < start) speakers.unshift(said.speaker);
      }
      const speaker = speakers.find(take);
      if (speaker) return speaker;
      for (const m of this.persons.in(index)) {
        if (m.start >= start) break;
        const before = this.doc.text.slice(Math.max(sentence.start, m.start - 40), m.start);
        if (PREPOSITION_BEFORE.test(before)) continue;
        const title = COURTESY_TITLE.exec(before);
        const person: Speaker = { name: m.actor.name, actor: m.actor.id, start: m.start, end: m.end, kind: 'person', pronoun: null, gender: title ? (title[1] === 'Mr' ? 'male' : 'female') : null };
        if (take(person)) return person;
      }
    }
    return fallback;
  }
}
