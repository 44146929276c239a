// Where an incident happened and who took part: the place and country named in its
// figures' sentences, the armed groups and organisations before a figure (the
// perpetrators, unless they only report it) and the victims' actors (the targets).
import type { Document } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { SpanLookup } from '../../util/spanLookup.js';
import { isSourceVerb, REPORTING_VERBS } from '../../lexicon/reportingVerbs.js';
import type { Figure } from './figure.js';

export interface Participants {
  place: string | null;
  country: string | null;
  perpetrators: string[];
  targets: string[];
}

const PERPETRATOR_KINDS = new Set<Actor['kind']>(['group', 'organization']);
const NEXT_WORD = /^[\s,’'s]*([\p{L}]+)/u;

export class ActorMentions {
  private readonly lookup: SpanLookup<Actor>;

  constructor(private readonly doc: Document, actors: Actor[]) {
    this.lookup = new SpanLookup(actors.flatMap((a) => a.mentions.map((m) => ({ item: a, start: m.start, end: m.end }))));
  }

  /** Actor mentions (code points) inside a figure's sentence, in text order. */
  inSentenceOf(f: Figure) {
    if (!f.sentence) return [];
    return this.lookup.overlapping(this.doc.lines.toCodePoint(f.sentence.start), this.doc.lines.toCodePoint(f.sentence.end));
  }

  /** "the army said": the mention is the subject of a reporting verb (claiming a kill is not reporting it). */
  reports(end: number): boolean {
    const after = this.doc.text.slice(this.doc.lines.fromCodePoint(end), this.doc.lines.fromCodePoint(end) + 40);
    const word = NEXT_WORD.exec(after)?.[1]?.toLowerCase();
    return !!word && isSourceVerb(word) && REPORTING_VERBS.get(word) !== 'claim';
  }
}

export function participantsOf(figures: Figure[], mentions: ActorMentions): Participants {
  const targets = [...new Set(figures.map((f) => f.item.victimActor).filter((id): id is string => id !== null))];
  let place: Actor | null = null;
  let country: Actor | null = null;
  const perpetrators = new Set<string>();
  const seen = new Set<number>();
  for (const f of figures) {
    if (!f.sentence || seen.has(f.sentence.index)) continue;
    seen.add(f.sentence.index);
    for (const { item: actor, end } of mentions.inSentenceOf(f)) {
      if (actor.kind === 'place') place ??= actor;
      else if (actor.kind === 'country') country ??= actor;
      else if (PERPETRATOR_KINDS.has(actor.kind) && end <= f.item.span.start && !targets.includes(actor.id) && !mentions.reports(end)) perpetrators.add(actor.id);
    }
  }
  return {
    place: (place ?? country)?.id ?? null,
    country: place?.country ?? country?.country ?? null,
    perpetrators: [...perpetrators],
    targets,
  };
}
