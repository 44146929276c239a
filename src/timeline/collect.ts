// Turns extraction results into timeline reports: every claim that has a date, with
// what is needed to compare it with claims of other articles (actor names, content
// words, casualty figures and their victims).
import type { Actor, Claim, DocumentResult } from '../schema/result.js';
import { parseDateValue, type ParsedDate } from './dateValue.js';
import type { TimelineCasualty, TimelineReport } from './schema.js';
import { contentWords, MONTHS_AND_DAYS } from './words.js';

export interface Candidate {
  /** Index of the article among the inputs. */
  article: number;
  report: TimelineReport;
  parsed: ParsedDate | null;
  /** Normalised names and aliases of the actors the claim mentions or cites, and its capitalised words. */
  actorNames: Set<string>;
  words: Set<string>;
  casualties: Array<TimelineCasualty & { partOf: boolean }>;
}

export const normaliseName = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every form an actor goes by, and a person's surname, so "Khawaja Asif" meets "Khawaja Muhammad Asif". */
function namesOf(actor: Actor): string[] {
  const names = [actor.name, ...actor.aliases].map(normaliseName).filter(Boolean);
  if (actor.kind === 'person') {
    const surname = names[0]?.split(' ').pop();
    if (surname && surname.length > 2) names.push(surname);
  }
  return names;
}

/** A capitalised word inside a sentence: most likely (part of) a name. */
const CAPITALISED = /(?<=[\p{L}\p{N},;:)”’"'] {1,3})\p{Lu}[\p{L}'’-]{2,40}/gu;

/**
 * Names the claim mentions: its actors' names and aliases, and — so that a name the
 * actors extractor missed still counts — its capitalised words past the first.
 */
function claimNames(claim: Claim, actors: Map<string, Actor>): Set<string> {
  const names = claimActorNames(claim, actors);
  for (const match of claim.text.matchAll(CAPITALISED)) {
    const name = normaliseName(match[0]);
    if (name.length > 2 && !MONTHS_AND_DAYS.has(name)) names.add(name);
  }
  return names;
}

function claimActorNames(claim: Claim, actors: Map<string, Actor>): Set<string> {
  const ids = [...claim.actors, ...(claim.source?.actor ? [claim.source.actor] : [])];
  const names = new Set<string>();
  for (const id of ids) {
    const actor = actors.get(id);
    if (actor) for (const n of namesOf(actor)) names.add(n);
  }
  return names;
}

export function candidatesOf(result: DocumentResult, article: number): Candidate[] {
  const actors = new Map(result.actors.map((a) => [a.id, a]));
  const casualties = new Map(result.casualties.map((c) => [c.id, c]));
  const path = result.source.path;
  return result.claims.filter((k) => k.date !== null).map((claim) => ({
    article,
    report: { path, claim: claim.text, line: claim.span.line, source: claim.source?.name ?? null, date: claim.date?.value ?? null, hedged: claim.hedged },
    parsed: parseDateValue(claim.date?.value ?? null),
    actorNames: claimNames(claim, actors),
    words: contentWords(claim.text),
    casualties: claim.casualties.flatMap((id) => {
      const c = casualties.get(id);
      if (!c) return [];
      return [{
        path, line: c.span.line, outcome: c.outcome, low: c.count.low, high: c.count.high, victims: c.victims,
        source: c.source?.name ?? claim.source?.name ?? null, partOf: Boolean(c.partOf),
      }];
    }),
  }));
}
