// Every person the article names in its own words (not inside quotations, not in a
// byline), by sentence, so that "he" and "she" can point back to someone who was
// only mentioned ("On his blog, Okafor did not back down. “…,” he wrote.") and not
// only to an earlier speaker.
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { lowerBound } from '../../util/lowerBound.js';
import { findQuotations } from './quotations.js';
import { quotationEnd } from './frame.js';

export interface PersonMention {
  actor: Actor;
  /** UTF-16 offsets of the mention. */
  start: number;
  end: number;
  sentence: number;
}

export class PersonMentions {
  private readonly bySentence = new Map<number, PersonMention[]>();

  constructor(doc: Document, actors: Actor[]) {
    const quoted = findQuotations(doc);
    const inQuotation = (offset: number) => {
      const last = quoted[lowerBound(quoted.length, (k) => quoted[k]!.open, offset + 1) - 1];
      return last !== undefined && offset < quotationEnd(last);
    };
    for (const actor of actors) {
      if (actor.kind !== 'person') continue;
      for (const m of actor.mentions) {
        const start = doc.lines.fromCodePoint(m.start);
        const sentence = doc.sentenceAt(start);
        if (!sentence || sentence.role === 'byline' || inQuotation(start)) continue;
        const list = this.bySentence.get(sentence.index) ?? [];
        list.push({ actor, start, end: doc.lines.fromCodePoint(m.end), sentence: sentence.index });
        this.bySentence.set(sentence.index, list);
      }
    }
    for (const list of this.bySentence.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The persons named in a sentence, in reading order. */
  in(sentence: number): readonly PersonMention[] {
    return this.bySentence.get(sentence) ?? [];
  }
}
