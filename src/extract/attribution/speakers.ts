// Turns the phrases the rules found into speakers: names cleaned, linked to actors,
// widened to the fullest name, and pronouns resolved to the most recent compatible
// speaker named before.
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { ActorIndex } from '../actorIndex.js';
import { GroupMentions, anaphorIn } from './anaphors.js';
import { GenderEvidence, genderInPhrase, type Gender } from './gender.js';
import { isPersonHead, locativeSplit } from './described.js';
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
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };

const HISTORY_LIMIT = 24;

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

export class SpeakerResolver {
  private readonly history: Speaker[] = [];
  private readonly actors: ActorIndex;
  private readonly groups: GroupMentions;
  private readonly issuers = new Map<string, Speaker>();
  private lastIssuer: Speaker | null = null;

  constructor(private readonly doc: Document, actors: Actor[], private readonly registry: NameRegistry, private readonly genders: GenderEvidence) {
    this.actors = new ActorIndex(doc, actors);
    this.groups = new GroupMentions(doc, actors);
  }

  /** The speaker a rule's phrase names; records named speakers for later pronouns. */
  resolve(tokens: FrameToken[], found: RuleSpeaker, { remember = true } = {}): Speaker | null {
    const first = tokens[found.phrase.from]!;
    if (found.pronoun) return this.pronoun(found.pronoun, first.start, first.end);
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
    for (let k = this.history.length - 1; k >= 0; k--) {
      const earlier = this.history[k]!;
      if (!compatible(pronoun, earlier.kind)) continue;
      // "she" never means a man the article calls "Mr." or "he", nor "he" a woman.
      const gender = wanted ? (earlier.gender ?? this.genders.of(earlier.name)) : null;
      if (gender && gender !== wanted) continue;
      return { ...earlier, start, end, pronoun };
    }
    return { name: this.doc.text.slice(start, end), actor: null, start, end, kind: 'unknown', pronoun };
  }

  remember(speaker: Speaker): void {
    if (speaker.pronoun) return;
    this.history.push(speaker);
    if (this.history.length > HISTORY_LIMIT) this.history.shift();
  }
}
