// One actor per real actor: mentions are grouped by the known actor they name, by an acronym or
// "also known as" link, by a person's later surname or shorter form ("Asif", "Khawaja Asif" →
// "Khawaja Muhammad Asif"), by an organisation's head word ("the Observatory"), and otherwise by
// their folded text. Two people who share a surname stay apart: a bare surname goes to the
// nearest one mentioned before it.
import type { ActorKind } from '../../schema/result.js';
import { fold, WORDS } from './lexicon.js';
import type { Mention } from './mention.js';

export interface Group {
  key: string;
  mentions: Mention[];
}

// "al-Burhan" and "Burhan" are one surname.
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|az|an|ar|at|ibn|bin|abu)[-‐‑]/u;
// Cached per mention: the person rules compare every pair of names.
const nameWordCache = new WeakMap<Mention, string[]>();
function nameWords(m: Mention): string[] {
  let words = nameWordCache.get(m);
  if (!words) nameWordCache.set(m, (words = m.words.filter((w) => w.cap).map((w) => w.folded.replace(PARTICLE_PREFIX, ''))));
  return words;
}

function rootOf(m: Mention): Mention {
  let r = m;
  for (let i = 0; r.sameAs && i < 10; i++) r = r.sameAs;
  return r;
}

function baseKey(m: Mention): string {
  if (m.known) return m.known.key;
  // "the Israeli army" and "the Israeli military" are one force.
  if (m.nominal && m.country && m.words.length > 1) return `force:${m.country}:${m.nominal}`;
  // "NEW YORK 74 55 .574" is the team, not the city of the dateline.
  if (m.team) return `team:${fold(m.text)}`;
  if (m.capitalOf) return m.kind === 'place' ? `place:${fold(m.text)}` : m.capitalOf.key;
  return `name:${fold(m.text)}`;
}

/** Is `short` the same person's name as `full` in fewer words (same last word, words in order)? */
function shorterForm(short: string[], full: string[]): boolean {
  if (short.length >= full.length || short[short.length - 1] !== full[full.length - 1]) return false;
  if (short.length > 1 && short[0] !== full[0]) return false;
  let j = 0;
  for (const w of full) if (w === short[j]) j++;
  return j === short.length;
}

/** Folded "Halden" → the key of "Halden Plc" / "Halden & Co" (the legal form and an "&" before it dropped). */
function companyShortNames(mentions: Mention[], keys: Map<Mention, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    const n = m.words.length;
    if (n < 2 || m.known || !WORDS.companySuffixes.has(m.words[n - 1]!.folded)) continue;
    const rest = m.words[n - 2]!;
    if (!rest.cap) continue;
    out.set(fold(m.text.slice(0, rest.end - m.start)), keys.get(m)!);
  }
  return out;
}

export function groupMentions(mentions: Mention[]): Group[] {
  const keys = new Map<Mention, string>();
  for (const m of mentions) keys.set(m, baseKey(m));
  // Acronyms and "also known as" take the key of what they define.
  for (const m of mentions) if (m.sameAs) keys.set(m, keys.get(rootOf(m)) ?? baseKey(rootOf(m)));

  // A name once tied to an actor ("PNH" after "Haitian National Police (PNH)") stays tied to it.
  const tied = new Map<string, string>();
  for (const m of mentions) {
    const key = keys.get(m)!;
    if (key !== `name:${fold(m.text)}` && !key.startsWith('place:') && !key.startsWith('team:')) tied.set(fold(m.text), key);
  }
  for (const m of mentions) {
    const key = keys.get(m)!;
    if (key.startsWith('name:') && tied.has(key.slice(5))) keys.set(m, tied.get(key.slice(5))!);
  }
  // "Halden" after "Halden Plc": a company's name without its legal form is the company.
  for (const [short, key] of companyShortNames(mentions, keys)) if (!tied.has(short)) tied.set(short, key);
  for (const m of mentions) {
    const key = keys.get(m)!;
    if (key.startsWith('name:') && tied.has(key.slice(5))) keys.set(m, tied.get(key.slice(5))!);
  }
  // A team's name elsewhere ("Baltimore has won 16 of its last 22") is the team, unless the
  // words around make it the place ("in Baltimore", a dateline).
  const teams = new Set(mentions.filter((m) => m.team).map((m) => fold(m.text)));
  for (const m of mentions) {
    const key = keys.get(m)!;
    if (key.startsWith('name:') && teams.has(key.slice(5)) && !m.dateline && !(m.kind === 'place' && (m.context ?? 0) >= 2)) keys.set(m, `team:${key.slice(5)}`);
  }
  // A capital the article also uses for its government ("Addis Ababa said") is that country's
  // other name throughout, also where it is the place ("in Addis Ababa").
  const governing = new Set(mentions.filter((m) => m.capitalOf && keys.get(m) === m.capitalOf.key).map((m) => fold(m.text)));
  for (const m of mentions) if (m.capitalOf && governing.has(fold(m.text))) keys.set(m, m.capitalOf.key);
  // "Tuffah" after "the Tuffah neighbourhood" is the same place.
  const cores = new Map<string, string>();
  for (const m of mentions) if (m.core) cores.set(`name:${fold(m.core)}`, keys.get(m)!);
  for (const m of mentions) {
    const core = cores.get(keys.get(m)!);
    if (core && !m.core) keys.set(m, core);
  }
  const isPersonish = (m: Mention) => !m.known && !m.capitalOf && (m.kind === 'person' || m.kind === undefined || m.strength <= 2 || m.body === true);
  const people = mentions.filter((m) => !m.known && !m.capitalOf && m.kind === 'person' && nameWords(m).length >= 2);
  // Longer names first, so "Khawaja Asif" joins "Khawaja Muhammad Asif".
  const fullNames = [...people].sort((a, b) => nameWords(b).length - nameWords(a).length);
  // Fuller names by their last word (a shorter form shares it), so look-ups stay small.
  const byLast = new Map<string, Mention[]>();
  for (const p of fullNames) {
    const last = nameWords(p)[nameWords(p).length - 1]!;
    const bucket = byLast.get(last);
    if (bucket) bucket.push(p);
    else byLast.set(last, [p]);
  }
  // Buckets keep fullNames' longest-first order: stop at the first name no longer than `words`.
  const fuller = (words: string[]) => {
    const bucket = byLast.get(words[words.length - 1]!) ?? [];
    let n = 0;
    while (n < bucket.length && nameWords(bucket[n]!).length > words.length) n++;
    return bucket.slice(0, n);
  };
  for (const m of mentions) {
    if (!isPersonish(m) || m.sameAs) continue;
    const words = nameWords(m);
    if (!words.length) continue;
    const candidates = fuller(words).filter((p) => p !== m && shorterForm(words, nameWords(p)));
    if (!candidates.length) continue;
    // The nearest person mentioned before; else the first after.
    const before = candidates.filter((p) => p.start < m.start).sort((a, b) => b.start - a.start)[0];
    const after = candidates.filter((p) => p.start > m.start).sort((a, b) => a.start - b.start)[0];
    const target = before ?? after!;
    keys.set(m, keys.get(target)!);
    m.kind = 'person';
  }
  // Resolve chains (a short form pointing to a name that itself merged into a fuller one).
  for (let pass = 0; pass < 3; pass++) {
    for (const m of people) {
      const longer = fuller(nameWords(m)).find((p) => p !== m && shorterForm(nameWords(m), nameWords(p)));
      if (longer) keys.set(m, keys.get(longer)!);
    }
  }
  // A lone head word ("the Observatory") names the one organisation it ends.
  const orgKeysByHead = new Map<string, Set<string | undefined>>();
  for (const o of mentions) {
    if (o.words.length < 2 || !(o.kind === 'organization' || o.kind === 'media' || o.known?.kind === 'organization')) continue;
    const head = o.words[o.words.length - 1]!.folded;
    const set = orgKeysByHead.get(head) ?? new Set();
    set.add(keys.get(o));
    orgKeysByHead.set(head, set);
  }
  for (const m of mentions) {
    if (m.words.length !== 1 || m.known || m.capitalOf || m.sameAs) continue;
    const heads = orgKeysByHead.get(m.words[0]!.folded) ?? new Set();
    if (heads.size === 1) {
      keys.set(m, [...heads][0]!);
      m.kind = 'organization';
    }
  }
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = keys.get(m)!;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, mentions: [] }));
    g.mentions.push(m);
  }
  return [...groups.values()];
}

/** The kind with the strongest evidence across a group's mentions. */
export function groupKind(g: Group): ActorKind {
  // A country stays a country where its capital names the place.
  if (g.key.startsWith('country:')) return 'country';
  let best: Mention | undefined;
  // Headings are poor context: running text decides when the actor appears there.
  const body = g.mentions.filter((m) => !m.heading || m.known);
  for (const m of body.length ? body : g.mentions) if (m.kind && (!best || m.strength > best.strength)) best = m;
  return best?.kind ?? 'organization';
}
