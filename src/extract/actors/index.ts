// Actors: people, organisations, countries, groups, media and places, merged per real actor.
// Mentions come from proper-noun runs (collect.ts), are typed by their own words, their
// context and the data lists, filtered, grouped into actors (merge.ts) and described.
import { RangeIndex } from '../../util/rangeIndex.js';
import type { Document } from '../../document/index.js';
import type { Actor, ActorKind } from '../../schema/result.js';
import type { Found } from '../types.js';
import { cameoCode } from './code.js';
import { collectSentence, sentenceWords } from './collect.js';
import { isCommonWord, isKnownName, isNounWord } from './english.js';
import type { KnownActor } from './gazetteer.js';
import { indexOfWord, splitWords, type Word } from './words.js';
import { fold, WORDS } from './lexicon.js';
import { groupKind, groupMentions, type Group } from './merge.js';
import type { Mention } from './mention.js';
import { capitalUsage } from './rules/capitals.js';
import { endsInOrgWord } from './rules/segments.js';
import { contextCues } from './rules/context.js';
import { intrinsicKind } from './rules/intrinsic.js';
import { bodyContext } from './rules/bodies.js';
import { affiliations } from './rules/affiliation.js';
import { isPlainWords } from './rules/plainWords.js';
import { bareForces } from './rules/nominals.js';
import { teamsInResults } from './rules/results.js';
import { suggest } from './mention.js';

/** Evidence that a mention is a name by itself, not just a capitalised word. */
function qualifiesNoun(m: Mention): boolean {
  const last = m.words[m.words.length - 1]!;
  const next = m.sentenceWords[indexOfWord(m.sentenceWords, last) + 1];
  return Boolean(next && !next.cap && !last.possessive && /^\s+$/.test(next.gap) && !WORDS.reportingVerbs.has(next.folded) && isNounWord(next.text));
}

/** Carry a confident kind across "X and Y" (not commas, which also open appositives) to a weakly typed partner ("in Khyber Pakhtunkhwa and Balochistan"). */
function coordinate(mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.sentence !== b.sentence || !/^\s+(?:and|or)\s+$/.test(a.sentence.text.slice(a.end - a.sentence.start, b.start - a.sentence.start))) continue;
    const [strong, weak] = a.strength >= b.strength ? [a, b] : [b, a];
    if (weak.strength > 2 || strong.strength < 3 || !strong.kind || weak.known || weak.capitalOf) continue;
    suggest(weak, strong.kind === 'country' ? 'place' : strong.kind, 3);
  }
}

/** Speaks: "X said", "according to X". */
function speaks(m: Mention): boolean {
  const i = indexOfWord(m.sentenceWords, m.words[0]!);
  const next = m.sentenceWords[indexOfWord(m.sentenceWords, m.words[m.words.length - 1]!) + 1];
  return Boolean((next && WORDS.reportingVerbs.has(next.folded)) || m.sentenceWords[i - 1]?.folded === 'to' && m.sentenceWords[i - 2]?.folded === 'according');
}

/**
 * "Sudan’s military" is an actor of its own when the article tracks it ("the military" again) or
 * it speaks; once in passing ("Pakistan’s military later struck …") it is a facet of the country.
 */
const ownedForce = (m: Mention, bareNominals: Set<string>) => bareNominals.has(m.nominal!) || speaks(m);

function isConfident(m: Mention, recurring: Set<string>, uses: Map<string, number>, bareNominals: Set<string>): boolean {
  if (m.owned) return ownedForce(m, bareNominals);
  if (m.known || m.capitalOf || m.titled || m.sameAs || m.nominal || m.dateline || m.team || m.affiliated) return true;
  if (isPlainWords(m)) return false;
  const w = m.words[0]!;
  if (m.heading) return m.words.some((x) => recurring.has(x.folded));
  if (m.words.length > 1) return true;
  if (w.allCaps && w.text.length >= 5) return recurring.has(w.folded);
  // A capitalised word that starts a sentence is a name only if it is one elsewhere too.
  if (w.clauseStart) return recurring.has(w.folded) || /\p{Ll}\p{Lu}/u.test(w.text) || (isKnownName(w.text) && !isCommonWord(w.text));
  // A weakly typed word that qualifies a noun ("Katyusha rockets") is a name only if used again.
  if (m.strength <= 2 && qualifiesNoun(m)) return (uses.get(w.folded) ?? 0) > 1;
  return true;
}

/** Below a given name's evidence: "John Parrott 5 Tony Drago 3" are players. */
const TEAM_STRENGTH = 4.5;

function typeMention(m: Mention): void {
  if (m.known) return;
  // A team named after its city is the club, not the place ("London 21 11 1 9").
  if (m.team) {
    m.capitalOf = undefined;
    suggest(m, 'organization', TEAM_STRENGTH);
  }
  capitalUsage(m);
  if (m.capitalOf) return;
  if (m.dateline) suggest(m, 'place', 9);
  const cues = contextCues(m);
  m.context = cues.strength;
  m.roles.push(...cues.roles);
  if (cues.kind) suggest(m, cues.kind, cues.strength);
  intrinsicKind(m);
  bodyContext(m);
  // "Bristol City 5 Notts County 0": a team named after a place is still the team.
  if (m.team && m.kind === 'place') m.kind = 'organization';
}

/** Same form up to case and apostrophes; accents count ("Türkiye" and "Turkiye" are two forms). */
const formKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'");

const unique = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = formKey(x);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** The fullest form: the longest text, preferring mixed case to capitals; a country's own name over its capital. */
function fullestName(g: Group, known: KnownActor | undefined): string {
  const named = g.mentions.filter((m) => !(m.nominal && m.words.length === 1) && !(known?.kind === 'country' && m.capitalOf));
  if (!named.length) return known?.name ?? g.mentions[0]!.text;
  // A listed actor keeps its listed name when the article uses it ("Taliban", not "Afghan Taliban").
  const listed = known && named.find((m) => formKey(m.text) === formKey(known.name));
  if (listed) return listed.text;
  const shout = (t: string) => Number(t === t.toUpperCase());
  return named.map((m) => m.text).sort((a, b) => shout(a) - shout(b) || b.length - a.length)[0]!;
}

const NICKNAME = /^([^“"‘]+?) [“"‘]([^”"’]+)[”"’] (.+)$/u;

function describe(doc: Document, g: Group, id: string, surnames: Map<string, number>): Actor {
  const kind: ActorKind = groupKind(g);
  const known = g.mentions.find((m) => m.known)?.known ?? g.mentions.find((m) => m.capitalOf && m.kind === 'country')?.capitalOf;
  const name = fullestName(g, known);
  const texts = g.mentions.map((m) => m.text);
  // A person's surname alone is how the article (and its readers) refer back to them.
  const words = name.split(/\s+/);
  if (kind === 'person' && words.length > 1 && surnames.get(fold(words[words.length - 1]!)) === 1) texts.push(words[words.length - 1]!);
  // Renel “Ti Kabrit” Destin is also Renel Destin and Ti Kabrit.
  const nick = kind === 'person' ? NICKNAME.exec(name) : null;
  if (nick) texts.push(`${nick[1]} ${nick[3]}`, nick[2]!);
  const aliases = unique(texts).filter((t) => formKey(t) !== formKey(name));
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
  // The groups that name a force depend only on its nominal ("army", "police"): found once each.
  const namingGroups = new Map<string | undefined, Group[]>();
  const targetsOf = (nominal: string | undefined) => {
    let targets = namingGroups.get(nominal);
    if (!targets) {
      const named = (x: Mention) => x.words.length > 1 && (x.nominal === nominal || x.words[x.words.length - 1]!.folded === nominal || (nominal === 'police' && x.words.some((w) => w.folded === 'police')));
      targets = groups.filter((g) => g.mentions.some((x) => !x.level && named(x)));
      namingGroups.set(nominal, targets);
    }
    return targets;
  };
  const attached = new Set<Mention>();
  for (const m of bare) {
    const targets = targetsOf(m.nominal);
    if (targets.length === 1) {
      targets[0]!.mentions.push(m);
      attached.add(m);
    } else if (m.level) {
      const key = `level:${fold(m.text)}`;
      const own = groups.find((g) => g.key === key);
      if (own) own.mentions.push(m);
      else groups.push({ key, mentions: [m] });
      attached.add(m);
    }
  }
  // A bare "police" then refers back to the one force named by its level.
  for (const m of bare) {
    if (m.level || attached.has(m)) continue;
    const levels = groups.filter((g) => g.key.startsWith('level:') && g.mentions.some((x) => x.nominal === m.nominal));
    if (levels.length === 1) levels[0]!.mentions.push(m);
  }
}

/**
 * A run in a heading ("BAYERN MUNICH BEAT HAMBURG") is cut into the names the article's running
 * text uses ("Bayern Munich", "Hamburg"); what matches nothing stays as it was.
 */
function cutHeadings(mentions: Mention[]): Mention[] {
  const body = new Set(mentions.filter((m) => !m.heading).map((m) => fold(m.text)));
  return mentions.flatMap((m) => {
    if (!m.heading || m.known || m.words.length < 2 || body.has(fold(m.text)) || endsInOrgWord(m.words)) return [m];
    const pieces: Mention[] = [];
    const slice = (i: number, j: number) => m.sentence.text.slice(m.words[i]!.start - m.sentence.start, m.words[j]!.end - m.sentence.start);
    for (let i = 0; i < m.words.length; ) {
      let j = Math.min(m.words.length - 1, i + 5);
      while (j >= i && !body.has(fold(slice(i, j)))) j--;
      if (j < i) {
        i++;
        continue;
      }
      const words = m.words.slice(i, j + 1);
      pieces.push({ ...m, words, start: words[0]!.start, end: words[words.length - 1]!.end, text: slice(i, j), roles: [], strength: 0, kind: undefined });
      i = j + 1;
    }
    return pieces.length ? pieces : [m];
  });
}

export function extractActors(doc: Document, found: Pick<Found, 'dates'>): Actor[] {
  const dateRanges = new RangeIndex(found.dates.map((d) => [doc.lines.fromCodePoint(d.span.start), doc.lines.fromCodePoint(d.span.end)] as const));
  const inDate = (m: Mention) => dateRanges.overlaps(m.start, m.end);
  const standalone = new Set<string>();
  for (const s of doc.sentences) for (const w of splitWords(s.text, s.start)) if (w.cap && !/[-‐‑]/.test(w.text)) standalone.add(w.folded);
  let mentions: Mention[] = [];
  const bare: Mention[] = [];
  const line: { at: number; words: Word[]; mentions: Mention[] } = { at: -1, words: [], mentions: [] };
  const markTeams = () => {
    for (const m of teamsInResults(line.words, line.mentions)) m.team = true;
  };
  for (const sentence of doc.sentences) {
    const words = sentenceWords(sentence, standalone);
    const found = collectSentence(sentence, words).filter((m) => !inDate(m));
    mentions.push(...found);
    bare.push(...bareForces(sentence, words).filter((b) => !found.some((m) => m.start <= b.start && b.end <= m.end)));
    // Results are read a line at a time: a sentence split inside one (".496") must not cut it.
    const oneLine = !sentence.text.includes('\n');
    if (!oneLine || sentence.line !== line.at) {
      markTeams();
      Object.assign(line, { at: oneLine ? sentence.line : -1, words: [], mentions: [] });
    }
    if (oneLine) {
      line.words.push(...words);
      line.mentions.push(...found);
    }
  }
  markTeams();
  mentions = cutHeadings(mentions);
  for (const m of mentions) typeMention(m);
  coordinate(mentions);
  affiliations(mentions);
  const uses = new Map<string, number>();
  for (const m of mentions) uses.set(fold(m.text), (uses.get(fold(m.text)) ?? 0) + 1);
  // Words used as names in running text (not at a sentence start, not in a heading).
  const recurring = new Set<string>();
  for (const m of mentions) for (const w of m.words) if (!m.heading && !(w.clauseStart && m.words.length === 1)) recurring.add(w.folded);
  const bareNominals = new Set(bare.filter((b) => !b.level).map((b) => b.nominal!));
  const groups = groupMentions(mentions).filter((g) => g.mentions.some((m) => isConfident(m, recurring, uses, bareNominals)));
  attachForces(groups, bare);
  // Each group's first mention, computed once (a spread over thousands of mentions per comparison is slow and can overflow the stack).
  const firstStart = new Map(groups.map((g) => [g, g.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)]));
  groups.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  const surnames = new Map<string, number>();
  for (const g of groups) {
    if (groupKind(g) !== 'person') continue;
    const last = fullestName(g, undefined).split(/\s+/).pop()!;
    surnames.set(fold(last), (surnames.get(fold(last)) ?? 0) + 1);
  }
  return groups.map((g, i) => describe(doc, g, `a${i + 1}`, surnames));
}
