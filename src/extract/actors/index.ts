// Actors: people, organisations, countries, groups, media and places, merged per real actor.
// Mentions come from proper-noun runs (collect.ts), are typed by their own words, their
// context and the data lists, filtered, grouped into actors (merge.ts) and described.
import type { Document } from '../../document/index.js';
import type { Actor, ActorKind } from '../../schema/result.js';
import type { Found } from '../types.js';
import { cameoCode } from './code.js';
import { collectSentence } from './collect.js';
import { fold } from './lexicon.js';
import { groupKind, groupMentions, type Group } from './merge.js';
import type { Mention } from './mention.js';
import { capitalUsage } from './rules/capitals.js';
import { contextCues } from './rules/context.js';
import { intrinsicKind } from './rules/intrinsic.js';
import { bareForces } from './rules/nominals.js';
import { suggest } from './mention.js';

/** Evidence that a mention is a name by itself, not just a capitalised word. */
function isConfident(m: Mention, recurring: Set<string>): boolean {
  if (m.known || m.capitalOf || m.titled || m.sameAs || m.nominal) return true;
  const single = m.words.length === 1;
  const w = m.words[0]!;
  if (m.heading) return m.words.some((x) => recurring.has(x.folded));
  if (single && w.allCaps && w.text.length >= 5) return recurring.has(w.folded);
  if (single && w.clauseStart) return recurring.has(w.folded) || /\p{Ll}\p{Lu}/u.test(w.text) || m.strength >= 4;
  return true;
}

function typeMention(doc: Document, m: Mention): void {
  if (m.known) return;
  capitalUsage(m);
  if (m.capitalOf) return;
  const cues = contextCues(m);
  m.roles.push(...cues.roles);
  if (cues.kind) suggest(m, cues.kind, cues.strength);
  intrinsicKind(doc, m);
}

const unique = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = fold(x);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

function describe(doc: Document, g: Group, id: string): Actor {
  const kind: ActorKind = groupKind(g);
  const known = g.mentions.find((m) => m.known)?.known ?? g.mentions.find((m) => m.capitalOf && m.kind === 'country')?.capitalOf;
  const texts = g.mentions.filter((m) => !m.nominal || g.mentions.every((x) => x.nominal)).map((m) => m.text);
  const longest = [...texts].sort((a, b) => b.length - a.length || Number(a === a.toUpperCase()) - Number(b === b.toUpperCase()))[0] ?? g.mentions[0]!.text;
  const capitalOnly = g.mentions.every((m) => m.capitalOf);
  const name = known?.kind === 'country' && capitalOnly ? known.name : longest;
  const aliases = unique(g.mentions.map((m) => m.text)).filter((t) => fold(t) !== fold(name));
  const roles = unique(g.mentions.flatMap((m) => m.roles));
  const countries = g.mentions.map((m) => m.country).filter((c): c is string => Boolean(c));
  const country = known?.country ?? countries[0] ?? null;
  const sorted = [...g.mentions].sort((a, b) => a.start - b.start);
  return {
    id,
    name,
    kind,
    aliases,
    roles,
    country,
    code: known?.code ?? cameoCode(kind, country, [name, ...roles].join(' ')),
    mentions: sorted.map((m) => doc.span(m.start, m.end)),
  };
}

/** A bare "army"/"police" joins the one force of that kind the article names. */
function attachForces(groups: Group[], bare: Mention[]): void {
  for (const m of bare) {
    const targets = groups.filter((g) => g.mentions.some((x) => x.nominal === m.nominal && x.words.length > 1) || (m.nominal === 'police' && g.mentions.some((x) => x.words.length > 1 && x.words.some((w) => w.folded === 'police'))) || (m.nominal === 'army' && g.mentions.some((x) => x.words.length > 1 && x.words[x.words.length - 1]!.folded === 'army')));
    if (targets.length === 1) targets[0]!.mentions.push(m);
  }
}

export function extractActors(doc: Document, found: Pick<Found, 'dates'>): Actor[] {
  const dateRanges = found.dates.map((d) => [doc.lines.fromCodePoint(d.span.start), doc.lines.fromCodePoint(d.span.end)] as const);
  const inDate = (m: Mention) => dateRanges.some(([s, e]) => m.start < e && s < m.end);
  let mentions: Mention[] = [];
  const bare: Mention[] = [];
  for (const sentence of doc.sentences) {
    mentions.push(...collectSentence(sentence).filter((m) => !inDate(m)));
  }
  for (const sentence of doc.sentences) bare.push(...bareForces(sentence, collectWords(sentence, mentions)));
  for (const m of mentions) typeMention(doc, m);
  // Words used as names in running text (not at a sentence start, not in a heading).
  const recurring = new Set<string>();
  for (const m of mentions) for (const w of m.words) if (!m.heading && !(w.clauseStart && m.words.length === 1)) recurring.add(w.folded);
  const groups = groupMentions(mentions).filter((g) => g.mentions.some((m) => isConfident(m, recurring)));
  attachForces(groups, bare.filter((m) => !mentions.some((x) => x.start <= m.start && m.end <= x.end)));
  groups.sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  return groups.map((g, i) => describe(doc, g, `a${i + 1}`));
}

function collectWords(sentence: { start: number; end: number }, mentions: Mention[]) {
  const m = mentions.find((x) => x.sentence.start === sentence.start);
  return m ? m.sentenceWords : [];
}
