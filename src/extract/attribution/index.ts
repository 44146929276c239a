// Who says a sentence: "X said (that)", "said X", "according to X", "X told AFP",
// "X confirmed", "In a statement, X …". Shared by quotes, casualties and claims so
// that the three agree on sources.
import type { Document, Sentence } from '../../document/index.js';
import type { Actor } from '../../schema/result.js';
import { findClauses, sentenceSubject } from './clauses.js';
import { frameOf, type FrameToken } from './frame.js';
import { DOCUMENT_NOUNS } from './lexicon.js';
import { GenderEvidence } from './gender.js';
import { NameRegistry } from './registry.js';
import { SpeakerResolver, type Speaker } from './speakers.js';

export type { FrameToken } from './frame.js';
export type { Speaker } from './speakers.js';

export interface SentenceAttribution {
  /** The source as written, trimmed of determiners ("security source", "Tarar", "officials"). */
  name: string;
  /** Actor id when the source is one of the actors, else null. */
  actor: string | null;
  /** Reporting verb or phrase ("said", "told", "according to"), or null. */
  cue: string | null;
  /** Where it was said ("X", "statement", "interview", "AFP" for "told AFP"), or null. */
  channel: string | null;
  /** UTF-16 offsets of the source's words in the document. */
  start: number;
  end: number;
}

/** A reporting clause with its speaker resolved. */
export interface ReportingClause {
  /** Token index of the cue in the sentence frame. */
  verb: number;
  /** The reporting verb as written in lower case, "according to", or null for a speech noun. */
  cue: string | null;
  /** The verb can make its speaker the source of the whole sentence ("said"), not only of a quotation ("called"). */
  source: boolean;
  channel: string | null;
  speaker: Speaker;
}

export interface SentenceReport {
  /** Words, punctuation and whole quotations of the sentence. */
  tokens: FrameToken[];
  clauses: ReportingClause[];
  /** The subject of the main clause, resolved like a speaker (for quotations with no reporting verb). */
  subject: Speaker | null;
}

/** Every sentence's reporting clauses, resolved in reading order so pronouns find their speakers. */
export class DocumentAttribution {
  private readonly reports: SentenceReport[] = [];

  constructor(readonly doc: Document, readonly actors: Actor[]) {
    const frames = doc.sentences.map((s) => frameOf(doc, s));
    const resolver = new SpeakerResolver(doc, actors, new NameRegistry(doc.text, frames), new GenderEvidence(frames));
    frames.forEach((tokens, index) => {
      const clauses: ReportingClause[] = [];
      for (const clause of findClauses(tokens)) {
        const speaker = clause.speaker && resolver.resolve(tokens, clause.speaker);
        if (!speaker) continue;
        clauses.push({ verb: clause.verb, cue: clause.cue, source: clause.source, channel: clause.channel, speaker });
        if (clause.channel && DOCUMENT_NOUNS.has(clause.channel)) resolver.rememberIssuer(clause.channel, speaker);
      }
      const found = sentenceSubject(tokens);
      const subject = found && resolver.resolve(tokens, found, { remember: false });
      // A person named as the subject of a sentence without a reporting verb ("Minister Paul Keita
      // visited the site.") is who a following "he said" most likely means; the writer of a byline is not.
      const byline = doc.sentences[index]!.role === 'byline';
      if (subject && !byline && !clauses.length && subject.kind === 'person' && /\p{Lu}/u.test(subject.name)) resolver.remember(subject);
      this.reports.push({ tokens, clauses, subject });
    });
  }

  report(sentence: Sentence): SentenceReport {
    return this.reports[sentence.index]!;
  }

  /** The source of a sentence: its first reporting clause whose verb can carry a whole sentence. */
  source(sentence: Sentence): SentenceAttribution | null {
    const clause = this.report(sentence).clauses.find((c) => c.source);
    return clause ? asAttribution(clause) : null;
  }

  /**
   * The source of the words at `offset` (UTF-16) within [from, to) of a sentence: the
   * last reporting clause before them ("Kigali denies it, though experts said in a report
   * last July that …" → experts), else the first after them ("On Monday, the army said …",
   * "…, a council member said"). Null when no source clause lies in [from, to).
   */
  sourceAt(sentence: Sentence, offset: number, from: number, to: number): SentenceAttribution | null {
    const { tokens, clauses } = this.report(sentence);
    const inside = clauses.filter((c) => c.source && tokens[c.verb]!.start >= from && tokens[c.verb]!.start < to);
    const before = inside.filter((c) => tokens[c.verb]!.start < offset);
    const clause = before[before.length - 1] ?? inside[0];
    return clause ? asAttribution(clause) : null;
  }
}

function asAttribution(clause: ReportingClause): SentenceAttribution {
  const { name, actor, start, end } = clause.speaker;
  return { name, actor, cue: clause.cue, channel: clause.channel, start, end };
}

const cache = new WeakMap<Document, DocumentAttribution>();

/** The document's attribution, built once per document and actor list. */
export function documentAttribution(doc: Document, actors: Actor[]): DocumentAttribution {
  const cached = cache.get(doc);
  if (cached && cached.actors === actors) return cached;
  const built = new DocumentAttribution(doc, actors);
  cache.set(doc, built);
  return built;
}

/** The reporting source of a sentence, or null when the article asserts it itself. */
export function attributeSentence(doc: Document, sentence: Sentence, actors: Actor[]): SentenceAttribution | null {
  return documentAttribution(doc, actors).source(sentence);
}
