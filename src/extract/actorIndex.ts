// Finds the actor behind a stretch of text or a name, for extractors that link to
// actors (quotes, casualties, claims). Mentions are code-point spans; callers pass
// UTF-16 offsets, so the conversion lives here and nowhere else.
import type { Document } from '../document/index.js';
import type { Actor } from '../schema/result.js';

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']s$/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export class ActorIndex {
  private readonly byNormalName = new Map<string, Actor>();

  constructor(private readonly doc: Document, readonly actors: Actor[]) {
    for (const actor of actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = normalise(name);
        if (key && !this.byNormalName.has(key)) this.byNormalName.set(key, actor);
      }
    }
  }

  /** The actor with a mention overlapping UTF-16 [start, end), preferring the longest mention. */
  at(start: number, end: number): Actor | undefined {
    const s = this.doc.lines.toCodePoint(start);
    const e = this.doc.lines.toCodePoint(end);
    let best: { actor: Actor; length: number } | undefined;
    for (const actor of this.actors) {
      for (const m of actor.mentions) {
        if (m.start < e && s < m.end) {
          const length = m.end - m.start;
          if (!best || length > best.length) best = { actor, length };
        }
      }
    }
    return best?.actor;
  }

  /** The actor whose name or alias is `name` (case, punctuation and possessive ignored). */
  byName(name: string): Actor | undefined {
    return this.byNormalName.get(normalise(name));
  }
}
