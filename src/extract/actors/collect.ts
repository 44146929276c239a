// Collects the mentions of one sentence: proper-noun runs cut into segments, titles split off
// into roles, acronym definitions, "also known as" links and country forces.
import type { Sentence } from '../../document/index.js';
import { isEnglishWord } from './english.js';
import { knownActor } from './gazetteer.js';
import { WORDS } from './lexicon.js';
import { makeMention, suggest, type Mention } from './mention.js';
import { acronymDefinitions, describedBody } from './rules/acronyms.js';
import { splitHyphenated, type Standalone } from './rules/hyphens.js';
import { properNounRuns } from './rules/runs.js';
import { endsInOrgWord, segmentMention, segmentRun, type Segment } from './rules/segments.js';
import { bodyBeforeTitle, onlyTitle, splitTitle } from './rules/titles.js';
import { trimLeading, trimTrailing } from './rules/trim.js';
import { countryForces } from './rules/nominals.js';
import { extendPlaceNouns } from './rules/placeNouns.js';
import { indexOfWord, splitWords, type Word } from './words.js';

const FUNCTION = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'with', 'by', 'from', 'as']);

/** "MAIDUGURI, Nigeria (Reuters) -", "SRINAGAR/MUZAFFARABAD -": the place in capitals that opens a story. */
function markDateline(words: Word[], mentions: Mention[], heading: boolean): void {
  if (heading) return;
  let n = 0;
  while (n < words.length && words[n]!.allCaps && (n === 0 || /^[ /]$/.test(words[n]!.gap))) n++;
  // A word in capitals alone on its line is a heading ("RESPONSE"), not a dateline.
  if (!n || n === words.length || (!/^\s*[,(\-–—]/.test(words[n]!.gap) && !/^\d/.test(words[n]!.text))) return;
  const end = words[n - 1]!.end;
  for (const m of mentions) if (m.end <= end) m.dateline = true;
}

/** "US$2.5 billion", "A$300": a country's code before a dollar sign names a currency. */
const isCurrency = (sentence: Sentence, m: Mention) => sentence.text[m.end - sentence.start] === '$';

const FILE_SIZE = /\d\s?(?:KB|MB|GB|kB)\b/;
const FILE_WORDS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'zip', 'kb', 'mb', 'gb', 'jpg', 'png', 'mp3', 'mp4']);
/** "Download (PDF | 412 KB)": a file's format and size, not an actor ("PDF" is also a group's acronym). */
const isFileLabel = (sentence: Sentence, m: Mention) => m.words.length === 1 && FILE_WORDS.has(m.words[0]!.folded) && FILE_SIZE.test(sentence.text);

/**
 * A Title Case heading or a line in capitals: its capitalised words are no evidence of names.
 * A heading capitalises ordinary words ("Rising Tensions Along The Border"); a line whose only
 * capitalised words after the first are names ("Jane Doe ( Kenya ) 10.14", "Tim Roe, Ann Poe")
 * is a list or a result, where capitals mean names as usual.
 */
export function isHeading(words: Word[], text: string): boolean {
  const content = words.filter((w) => !FUNCTION.has(w.folded) && /\p{L}{2}/u.test(w.text));
  if (content.length < 2) return false;
  if (!content.some((w, i) => w.cap && i > 0 && isEnglishWord(w.text))) return false;
  const caps = content.filter((w) => w.cap).length;
  const shouting = content.filter((w) => w.allCaps && w.text.length >= 3).length;
  if (shouting / content.length >= 0.6) return true;
  // Title Case without a full stop: a sentence dense with names still ends like a sentence.
  return content.length >= 3 && caps / content.length >= 0.75 && !/[.!?)]["”’']?\s*$/u.test(text);
}

const textOf = (sentence: Sentence, words: Word[]) =>
  sentence.text.slice(words[0]!.start - sentence.start, words[words.length - 1]!.end - sentence.start);

/** The country of a possessive just before a run: "Pakistan’s Information Minister …". */
function possessiveCountry(words: Word[], first: Word): string | null {
  const prev = words[indexOfWord(words, first) - 1];
  if (!prev?.possessive || !/^\s+$/.test(first.gap)) return null;
  return knownActor(prev.text)?.country ?? null;
}

/** "… Brigade Commander Major Ade Roe": the body and the titled person are two segments. */
function splitBodyTitle(segment: Segment): Segment[] {
  if (segment.known || segment.capitalOf) return [segment];
  const t = bodyBeforeTitle(segment.words);
  if (t < 0) return [segment];
  return [{ ...segment, words: segment.words.slice(0, t) }, { ...segment, words: segment.words.slice(t) }];
}

function mentionsFromRun(sentence: Sentence, words: Word[], run: Word[]): Mention[] {
  const out: Mention[] = [];
  let afterListed = false;
  for (const segment of segmentRun(sentence, run).flatMap(splitBodyTitle)) {
    if (segment.known || segment.capitalOf) {
      out.push(segmentMention(sentence, words, segment));
      afterListed = true;
      continue;
    }
    const titled = splitTitle(segment.words);
    let name = titled.role ? titled.name : trimLeading(titled.name);
    name = trimTrailing(name);
    // An adjective alone ("Kurdish", "Western") is not a name.
    if (name.every((w) => WORDS.adjectivalNames.has(w.folded)) && !knownActor(textOf(sentence, name))) continue;
    // A title alone ("the Prime Minister") is a role without a name.
    // "the Ministry of Justice" is a body, not a title.
    if (!name.length || onlyTitle(segment.words) || (WORDS.titleHeads.has(name[name.length - 1]!.folded) && !endsInOrgWord(name))) continue;
    // A title with a known actor after it ("President Trump" aside): the name is what follows.
    const m = makeMention(sentence, words, name, textOf(sentence, name));
    m.country = segment.country ?? possessiveCountry(words, segment.words[0]!);
    const known = knownActor(m.text);
    if (known) {
      m.known = known;
      suggest(m, known.kind, 10);
    }
    if (afterListed) m.remnant = true;
    if (titled.role) m.roles.push(titled.role.map((w) => w.text).join(' '));
    if (titled.titled) {
      m.titled = true;
      suggest(m, 'person', 7);
    }
    out.push(m);
  }
  return out;
}

/** "the UN human rights office": a listed organisation's acronym + lowercase words + a body noun is that body. */
function describedBodies(sentence: Sentence, words: Word[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = m.words[m.words.length - 1]!;
    if (m.words.length !== 1 || !last.allCaps || m.known?.kind !== 'organization' || last.possessive) {
      out.push(m);
      continue;
    }
    const i = indexOfWord(words, last);
    let body: Word[] | null = null;
    for (let n = 2; n <= 4 && !body && i + n < words.length; n++) {
      const span = words.slice(i, i + n + 1);
      if (span.slice(1).every((w) => /^\s+$/.test(w.gap))) body = describedBody(span);
    }
    if (!body) {
      out.push(m);
      continue;
    }
    const d = makeMention(sentence, words, body, textOf(sentence, body));
    suggest(d, 'organization', 7);
    // "the U.N. children's agency, UNICEF, said": the listed name in apposition is the body's.
    const next = words[indexOfWord(words, body[body.length - 1]!) + 1];
    const named = next && /^\s*,\s*$/.test(next.gap) ? mentions.find((x) => x.words[0] === next && x.words.length === 1 && x.known) : undefined;
    if (named) {
      d.known = named.known;
      suggest(d, named.known!.kind, 10);
    }
    out.push(d);
  }
  return out;
}

/** Link acronyms to their definitions, making the definition one mention. */
function linkAcronyms(sentence: Sentence, words: Word[], mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const { acronym, definition } of acronymDefinitions(words, sentence.text, sentence.start)) {
    const start = definition[0]!.start;
    const end = definition[definition.length - 1]!.end;
    let def = out.find((m) => m.start === start && m.end === end);
    if (!def) {
      const inside = out.filter((m) => m.start >= start && m.end <= end);
      def = makeMention(sentence, words, definition, textOf(sentence, definition));
      const known = knownActor(def.text) ?? inside.find((m) => m.known && m.words.length === definition.length)?.known;
      if (known) {
        def.known = known;
        suggest(def, known.kind, 10);
      } else suggest(def, 'organization', 5);
      def.country = inside.find((m) => m.country)?.country ?? null;
      def.roles = inside.flatMap((m) => m.roles);
      out = out.filter((m) => !(m.start < end && start < m.end)).concat(def);
    } else if (!def.known && def.strength < 5) suggest(def, 'organization', 5);
    def.defined = true;
    let acr = out.find((m) => m.start === acronym.start && m.end === acronym.end);
    if (!acr) {
      acr = makeMention(sentence, words, [acronym], acronym.text);
      out.push(acr);
    }
    // Two different listed actors ("Haiti (AP)" in a dateline) are not a definition.
    if (acr.known && def.known) continue;
    if (acr.known) {
      // The listed name wins: the pair is one actor.
      def.known = acr.known;
      suggest(def, acr.known.kind, 10);
    } else {
      acr.sameAs = def;
      if (def.kind) suggest(acr, def.kind, def.strength);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the name after an alias cue at words[i] ("known as", "referred to as", "dubbed"), or -1. */
function aliasCueEnd(words: Word[], i: number): number {
  const w = words[i]!.folded;
  const at = (k: number, x: string) => words[i + k]?.folded === x;
  if (w === 'known' && at(1, 'as')) return i + 2;
  if (['refers', 'referred', 'refer'].includes(w) && at(1, 'to') && at(2, 'as')) return i + 3;
  if (w === 'dubbed' || w === 'nicknamed') return i + 1;
  return -1;
}

/**
 * "X, a rescue group also known as the White Helmets", "the TTP, which the state refers to as
 * Fitna al-Khawarij", "a coalition dubbed Y": the name after the cue is X's alias. In a relative
 * clause the alias belongs to what the clause hangs on, not to its subject ("which Islamabad calls").
 */
function linkAlsoKnownAs(words: Word[], mentions: Mention[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    let k = aliasCueEnd(words, i);
    if (k < 0 || k >= words.length) continue;
    if (words[k]!.folded === 'the') k++;
    const alias = mentions.find((m) => m.words[0] === words[k]);
    let j = i - 1;
    while (j >= 0 && i - j < 8 && !['which', 'whom', 'that'].includes(words[j]!.folded)) j--;
    const before = j >= 0 && i - j < 8 ? words[j]!.start : words[i]!.start;
    const target = [...mentions].reverse().find((m) => m.end <= before && m !== alias);
    if (alias && target && !alias.known) {
      alias.sameAs = target;
      if (target.kind) suggest(alias, target.kind, target.strength);
    }
  }
}

export function sentenceWords(sentence: Sentence, standalone: Standalone): Word[] {
  return splitWords(sentence.text, sentence.start).flatMap((w) => splitHyphenated(w, standalone));
}

export function collectSentence(sentence: Sentence, words: Word[]): Mention[] {
  const heading = sentence.role !== 'byline' && isHeading(words, sentence.text);
  let mentions: Mention[] = [];
  for (const run of properNounRuns(words)) mentions.push(...mentionsFromRun(sentence, words, run));
  mentions = describedBodies(sentence, words, mentions);
  mentions = linkAcronyms(sentence, words, mentions);
  linkAlsoKnownAs(words, mentions);
  const forces = countryForces(sentence, words).filter((f) => !mentions.some((m) => m.start < f.end && f.start < m.end && m.words.length > 1));
  // "Sudan’s military" keeps "Sudan" as a mention of the country too.
  mentions = mentions.filter((m) => !forces.some((f) => m.start >= f.start && m.end <= f.end && !m.words[m.words.length - 1]!.possessive)).concat(forces);
  extendPlaceNouns(sentence, words, mentions);
  mentions = mentions.filter((m) => !isCurrency(sentence, m) && !isFileLabel(sentence, m));
  markDateline(words, mentions, heading);
  for (const m of mentions) m.heading = heading;
  return mentions.sort((a, b) => a.start - b.start);
}
