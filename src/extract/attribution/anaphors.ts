// Definite descriptions that point back to a speaker named earlier, like pronouns do:
// "the group said" (the last armed group or organisation named), "the statement said"
// (whoever issued the last statement), "the 63-year-old said" (the last person),
// "one of them said" (the last people).
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { lowerBound } from '../../util/lowerBound.js';
import type { FrameToken } from './frame.js';
import { DOCUMENT_NOUNS, GROUP_ANAPHORS, PLATFORMS } from './lexicon.js';
import { isPartitiveAt, isWord, type Range } from './nounPhrase.js';

export type AnaphorKind = 'group' | 'document' | 'person' | 'member';

export interface Anaphor {
  kind: AnaphorKind;
  /** The head noun ("group", "statement"). */
  noun: string;
}

const DEFINITE = new Set(['the', 'this']);
const AGE = /^\d{1,3}-year-old$/;
const MAX_WORDS = 4;
/** How far back (UTF-16 units) a group anaphor looks for its group: a few paragraphs. */
const GROUP_WINDOW = 1500;
const GROUP_KINDS: ReadonlyArray<Actor['kind']> = ['group', 'organization'];

/** "the group", "the armed group", "this statement", "the 63-year-old", "the 63-year-old farmer". */
export function anaphorIn(tokens: FrameToken[], range: Range): Anaphor | null {
  const words = tokens.slice(range.from, range.to);
  // "one of them": a member of the people named last.
  if (words.length === 3 && isPartitiveAt(tokens, range.from) && words[2]!.lower === 'them') return { kind: 'member', noun: 'them' };
  if (words.length < 2 || words.length > MAX_WORDS || !words.every(isWord)) return null;
  if (!DEFINITE.has(words[0]!.lower) || words.some((t) => t.possessive || (t.cap && t !== words[0]))) return null;
  if (words.some((t) => AGE.test(t.lower))) return { kind: 'person', noun: words[words.length - 1]!.lower };
  const head = words[words.length - 1]!.lower;
  if (GROUP_ANAPHORS.has(head)) return { kind: 'group', noun: head };
  if (DOCUMENT_NOUNS.has(head)) return { kind: 'document', noun: head };
  return null;
}

interface Mention {
  actor: Actor;
  /** UTF-16 offsets. */
  start: number;
}

/** Group and organisation mentions in text order, to find the one a "the group" points back to. */
export class GroupMentions {
  private readonly mentions: Mention[] = [];

  constructor(doc: Document, actors: Actor[]) {
    for (const actor of actors) {
      if (!GROUP_KINDS.includes(actor.kind) || PLATFORMS.has(actor.name.toLowerCase())) continue;
      for (const m of actor.mentions) this.mentions.push({ actor, start: doc.lines.fromCodePoint(m.start) });
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The latest armed group named before `offset` (else the latest organisation), within a few paragraphs. */
  before(offset: number): Actor | null {
    let organisation: Actor | null = null;
    const first = lowerBound(this.mentions.length, (k) => this.mentions[k]!.start, offset);
    for (let k = first - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (offset - m.start > GROUP_WINDOW) break;
      if (m.actor.kind === 'group') return m.actor;
      organisation ??= m.actor;
    }
    return organisation;
  }
}
