// Turns the phrases the rules found into speakers: names cleaned, linked to actors,
// widened to the fullest name, and pronouns resolved to the most recent compatible
// speaker named before.
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { ActorIndex } from '../actorIndex.js';
import type { FrameToken } from './frame.js';
import { kindOfName, nameInPhrase, type SpeakerKind } from './names.js';
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
}

const HISTORY_LIMIT = 24;

const kindOfActor = (actor: Actor): SpeakerKind => (actor.kind === 'person' ? 'person' : 'org');

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

export class SpeakerResolver {
  private readonly history: Speaker[] = [];
  private readonly actors: ActorIndex;

  constructor(private readonly doc: Document, actors: Actor[], private readonly registry: NameRegistry) {
    this.actors = new ActorIndex(doc, actors);
  }

  /** The speaker a rule's phrase names; records named speakers for later pronouns. */
  resolve(tokens: FrameToken[], found: RuleSpeaker, { remember = true } = {}): Speaker | null {
    const first = tokens[found.phrase.from]!;
    if (found.pronoun) return this.pronoun(found.pronoun, first.start, first.end);
    const name = nameInPhrase(tokens, found.phrase);
    if (!name) return null;
    const start = tokens[name.from]!.start;
    const last = tokens[name.to - 1]!;
    // "Islamabad’s" names Islamabad.
    const end = last.possessive ? last.end - 2 : last.end;
    const speaker = this.named(this.doc.text.slice(start, end), start, end, kindOfName(tokens, name));
    if (remember) this.remember(speaker);
    return speaker;
  }

  /** A named speaker, linked to its actor or widened to the fullest name in the text. */
  named(text: string, start: number, end: number, kind: SpeakerKind): Speaker {
    const actor = this.actors.at(start, end) ?? this.actors.byName(text);
    if (actor) return { name: actor.name, actor: actor.id, start, end, kind: kindOfActor(actor), pronoun: null };
    const fullest = kind === 'org' || kind === 'plural' ? null : this.registry.fullest(text);
    return { name: fullest ?? text, actor: null, start, end, kind: fullest ? 'person' : kind, pronoun: null };
  }

  pronoun(pronoun: string, start: number, end: number): Speaker {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const earlier = this.history[k]!;
      if (compatible(pronoun, earlier.kind)) return { ...earlier, start, end, pronoun };
    }
    return { name: this.doc.text.slice(start, end), actor: null, start, end, kind: 'unknown', pronoun };
  }

  remember(speaker: Speaker): void {
    if (speaker.pronoun) return;
    this.history.push(speaker);
    if (this.history.length > HISTORY_LIMIT) this.history.shift();
  }
}
