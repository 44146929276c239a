// Rule: cut a proper-noun run into mentions. Known names are found longest-first
// ("Islamic State West Africa Province" before "Islamic State"); a country or demonym in
// front of an organisation word stays in the name ("Nigerian Army", "Qatar Ministry of Foreign
// Affairs"), otherwise it is split off ("Pakistani Defence Minister …" → country PK).
import type { Sentence } from '../../../document/index.js';
import { capitalOf, knownActor, LONGEST_KNOWN_NAME, type KnownActor } from '../gazetteer.js';
import { lexiconNameKind } from '../english.js';
import { DEMONYMS, WORDS } from '../lexicon.js';
import { makeMention, suggest, type Mention } from '../mention.js';
import type { Word } from '../words.js';

export interface Segment {
  words: Word[];
  known?: KnownActor;
  capitalOf?: KnownActor;
  /** Country from a demonym or country name split off in front. */
  country: string | null;
}

const textOf = (sentence: Sentence, words: Word[]) =>
  sentence.text.slice(words[0]!.start - sentence.start, words[words.length - 1]!.end - sentence.start);

/** Ends with (or holds before of/for) an organisation word: the whole run is one organisation. */
export function endsInOrgWord(words: Word[]): boolean {
  const last = words[words.length - 1];
  if (!last) return false;
  if (WORDS.orgCues.has(last.folded) || WORDS.mediaCues.has(last.folded)) return true;
  const joiner = words.findIndex((w) => w.folded === 'of' || w.folded === 'for' || w.folded === 'in');
  return joiner > 0 && WORDS.orgCues.has(words[joiner - 1]!.folded);
}

const isPlacePhrase = (text: string) => text.includes(' ') && lexiconNameKind(text) === 'place';

function longestKnown(sentence: Sentence, run: Word[], i: number): { known: KnownActor; length: number } | undefined {
  const max = Math.min(run.length - i, LONGEST_KNOWN_NAME() + 2);
  for (let n = max; n >= 1; n--) {
    const known = knownActor(textOf(sentence, run.slice(i, i + n)));
    if (known) return { known, length: n };
  }
  return undefined;
}

function longestCapital(sentence: Sentence, run: Word[], i: number): { capital: KnownActor; length: number } | undefined {
  for (let n = Math.min(run.length - i, 3); n >= 1; n--) {
    const capital = capitalOf(textOf(sentence, run.slice(i, i + n)));
    if (capital) return { capital, length: n };
  }
  return undefined;
}

export function segmentRun(sentence: Sentence, run: Word[]): Segment[] {
  const whole = longestKnown(sentence, run, 0);
  if (whole && whole.length === run.length) return [{ words: run, known: whole.known, country: whole.known.country }];
  const segments: Segment[] = [];
  let pending: Word[] = [];
  let country: string | null = null;
  const flush = () => {
    if (pending.length) segments.push({ words: pending, country });
    pending = [];
    country = null;
  };
  let i = 0;
  while (i < run.length) {
    const w = run[i]!;
    const rest = run.slice(i + 1);
    const demonym = DEMONYMS.get(w.folded);
    const found = longestKnown(sentence, run, i);
    const lead = found?.known.kind === 'country' || found?.known.kind === 'organization' || demonym !== undefined;
    // "Nigerian Army", "Qatar Ministry of Foreign Affairs": the prefix belongs to the organisation.
    if (lead && pending.length === 0 && !w.possessive) {
      const after = run.slice(i + (found?.length ?? 1));
      if (after.length && endsInOrgWord(after) && !after.some((x) => WORDS.titleHeads.has(x.folded) && x !== after[after.length - 1])) {
        segments.push({ words: run.slice(i), country: found?.known.country ?? demonym ?? null });
        return segments;
      }
    }
    // "Lake Chad", "Gulf of Aden": a place word in front makes a place of the country's name.
    const placeWordBefore = pending.length > 0 && WORDS.placeCues.has(pending[pending.length - 1]!.folded);
    // "Peace and Security Council", "Ministry of Defence of Ukraine": a joiner before a listed name makes it part of the longer name.
    const joinedBefore = pending.length > 0 && !pending[pending.length - 1]!.cap;
    // "Mexico City", "Kuwait City": a place word after the name makes it another place's name.
    const placeWordAfter = found !== undefined && i + found.length === run.length - 1 && WORDS.placeCues.has(run[run.length - 1]!.folded) && !run[i + found.length - 1]!.possessive;
    // "New Mexico", "New Jersey": the lexicon knows the longer name as one place.
    const lexiconPlace = found !== undefined && pending.length > 0 && isPlacePhrase(textOf(sentence, [...pending, ...run.slice(i, i + found.length)]));
    if (found && !placeWordBefore && !joinedBefore && !placeWordAfter && !lexiconPlace) {
      flush();
      segments.push({ words: run.slice(i, i + found.length), known: found.known, country: found.known.country });
      i += found.length;
      continue;
    }
    if (demonym !== undefined && pending.length === 0) {
      // A demonym alone is an adjective, not an actor; it gives the next name its country.
      country = demonym;
      i++;
      if (!rest.length) country = null;
      continue;
    }
    const capital = longestCapital(sentence, run, i);
    if (capital && pending.length === 0 && (i + capital.length === run.length || run[i + capital.length - 1]!.possessive)) {
      segments.push({ words: run.slice(i, i + capital.length), capitalOf: capital.capital, country: capital.capital.country });
      i += capital.length;
      continue;
    }
    pending.push(w);
    i++;
  }
  flush();
  return segments;
}

export function segmentMention(sentence: Sentence, sentenceWords: Word[], segment: Segment): Mention {
  const m = makeMention(sentence, sentenceWords, segment.words, textOf(sentence, segment.words));
  m.country = segment.country;
  if (segment.known) {
    m.known = segment.known;
    suggest(m, segment.known.kind, 10);
  }
  if (segment.capitalOf) m.capitalOf = segment.capitalOf;
  return m;
}
