// Turns extraction results into timeline reports: each incident of an article (its
// claims and figures together, one report), and every other claim that has a date, with
// what is needed to compare it with reports of other articles (actor names, place,
// content words, casualty figures and their victims).
import type { Actor, Casualty, Claim, DocumentResult, Incident } from '../schema/result.js';
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
  /** For an incident: the normalised name of its place, else null. */
  place: string | null;
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

function figureOf(c: Casualty, path: string, claim: Claim | undefined) {
  return {
    path, line: c.span.line, outcome: c.outcome, low: c.count.low, high: c.count.high, victims: c.victims,
    source: c.source?.name ?? claim?.source?.name ?? null, partOf: Boolean(c.partOf),
  };
}

/** One report for an incident: its first claim speaks for it; its words, names and figures are all of its claims'. */
function incidentCandidate(result: DocumentResult, article: number, incident: Incident, lookups: Lookups): Candidate | null {
  const path = result.source.path;
  const claims = incident.claims.map((id) => lookups.claims.get(id)).filter((k): k is Claim => !!k);
  const date = incident.date ?? claims.find((k) => k.date)?.date ?? null;
  const lead = claims[0];
  const first = lookups.casualties.get(incident.casualties[0] ?? '');
  if (!date || (!lead && !first)) return null;
  const actorNames = new Set<string>();
  for (const claim of claims) for (const name of claimNames(claim, lookups.actors)) actorNames.add(name);
  for (const id of [incident.place, ...incident.actors.perpetrators, ...incident.actors.targets]) {
    const actor = id ? lookups.actors.get(id) : undefined;
    if (actor) for (const name of namesOf(actor)) actorNames.add(name);
  }
  const place = incident.place ? lookups.actors.get(incident.place) : undefined;
  const claimOf = new Map(claims.flatMap((k) => k.casualties.map((id) => [id, k] as const)));
  return {
    article,
    report: {
      path, claim: lead?.text ?? first!.span.text, line: (lead ?? first)!.span.line, source: incident.sources[0]?.name ?? null, date: date.value,
      hedged: claims.length > 0 && claims.every((k) => k.hedged), incident: incident.id, scope: incident.scope,
    },
    parsed: parseDateValue(date.value),
    actorNames,
    words: new Set(claims.flatMap((k) => [...contentWords(k.text)])),
    casualties: incident.casualties.flatMap((id) => {
      const c = lookups.casualties.get(id);
      return c ? [figureOf(c, path, claimOf.get(id))] : [];
    }),
    place: place ? normaliseName(place.name) : null,
  };
}

interface Lookups {
  actors: Map<string, Actor>;
  casualties: Map<string, Casualty>;
  claims: Map<string, Claim>;
}

export function candidatesOf(result: DocumentResult, article: number): Candidate[] {
  const lookups: Lookups = {
    actors: new Map(result.actors.map((a) => [a.id, a])),
    casualties: new Map(result.casualties.map((c) => [c.id, c])),
    claims: new Map(result.claims.map((k) => [k.id, k])),
  };
  const path = result.source.path;
  const incidents = result.incidents.map((i) => incidentCandidate(result, article, i, lookups)).filter((c): c is Candidate => c !== null);
  const told = new Set(result.incidents.filter((_, i) => incidents.some((c) => c.report.incident === result.incidents[i]!.id)).flatMap((i) => i.claims));
  const claims = result.claims.filter((k) => k.date !== null && !told.has(k.id)).map((claim): Candidate => ({
    article,
    report: { path, claim: claim.text, line: claim.span.line, source: claim.source?.name ?? null, date: claim.date?.value ?? null, hedged: claim.hedged },
    parsed: parseDateValue(claim.date?.value ?? null),
    actorNames: claimNames(claim, lookups.actors),
    words: contentWords(claim.text),
    casualties: claim.casualties.flatMap((id) => {
      const c = lookups.casualties.get(id);
      return c ? [figureOf(c, path, claim)] : [];
    }),
    place: null,
  }));
  // In text order, as the article tells them: clustering is greedy in input order.
  return [...incidents, ...claims].sort((a, b) => a.report.line - b.report.line);
}
