// The direction a weekday or a yearless date takes from its sentence: the tense of
// the nearest verb group before it (else after it). "ended on Tuesday" → past,
// "will meet on Tuesday", "is due to vote on 30 June" → future, otherwise nearest.
import irregularPastTense from '../../document/data/irregularPastTense.json' with { type: 'json' };
import type { Token } from '../../document/index.js';
import { lowerBound } from '../../util/lowerBound.js';
import { lexicon } from './lexicon.js';
import type { Direction } from './types.js';

/** 'infinitive': a bare "to resume", which reads as future only when no finite verb is around (headlines). */
type Tense = 'past' | 'future' | 'present' | 'infinitive';

interface VerbGroup {
  /** Sentence-relative UTF-16 offsets. */
  start: number;
  end: number;
  tense: Tense | null;
}

const cues = lexicon.tenseCues;
const futureAuxiliaries = new Set(cues.futureAuxiliaries);
const copulas = new Set(cues.copulas);
const futureAfterCopula = new Set(cues.futureAfterCopula);
const glue = new Set(cues.groupGlue);
const pastAuxiliaries = new Set(cues.pastAuxiliaries);
const presentCopulas = new Set(cues.presentCopulas);
/** Past forms compromise reads as nouns or base forms ("rose", "drew"), and forms that are past or present alike ("hit"). */
/** Irregular past forms compromise's lexicon lacks (shared with the document's tag repairs). */
const pastForms = new Set(irregularPastTense);
const sameFormPast = new Set(cues.sameFormPast);

const HEADLINE_FUTURE = new Set(cues.headlineFuture);
/** "scheduled for Nov. 12", "postponed to Friday": the date is ahead of the event of planning. */
const SCHEDULED_FOR = new Set(cues.scheduledFor);
/** Verbs of scheduling whose object is an event ahead ("has scheduled a hearing for …" or "… a hearing Thursday"). */
const SCHEDULING_VERBS = new Set(cues.schedulingVerbs);
const word = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");
const isVerb = (t: Token) => t.tags.has('Verb') || pastForms.has(word(t));
const readsPast = (t: Token) => t.tags.has('PastTense') || t.tags.has('Participle') || pastForms.has(word(t)) || sameFormPast.has(word(t));
/** "840 million shares", "3 cuts": a present-tense form right after a number is a counted noun. */
const isCountedNoun = (t: Token, previous: Token | undefined) =>
  previous !== undefined && (previous.tags.has('Value') || /\d$/.test(previous.text)) && t.tags.has('PresentTense') && /s$/i.test(t.text);
/** A clause break between two tokens ends a verb group. */
const breaksAfter = (t: Token) => /[,;:.!?()—–"“”]/.test(t.post);

function tenseOf(group: Token[], next: Token | undefined): Tense | null {
  const words = group.map(word);
  const scheduled = words.findIndex((w) => SCHEDULED_FOR.has(w));
  const afterScheduled = scheduled >= 0 ? words[scheduled + 1] ?? (next ? word(next) : '') : '';
  // "had been due to expire Friday": a plan already overtaken, so a past date.
  const plannedBefore = words.includes('had') && words.some((w, i) => futureAfterCopula.has(w) && w !== 'to' && words[i + 1] === 'to');
  if (plannedBefore) return 'past';
  if (['for', 'to', 'until', 'till'].includes(afterScheduled)) return 'future';
  // "has scheduled a news conference Thursday": the verb of scheduling looks ahead whatever its object.
  if (scheduled >= 0 && SCHEDULING_VERBS.has(words[scheduled]!) && !words.slice(0, scheduled).some((w) => copulas.has(w))) return 'future';
  if (words.some((w) => futureAuxiliaries.has(w) || w.endsWith("'ll"))) return 'future';
  const copula = words.findIndex((w) => copulas.has(w));
  if (copula >= 0 && words.slice(copula + 1).some((w, i, rest) => futureAfterCopula.has(w) && w !== 'to' && rest[i + 1] === 'to')) return 'future';
  // "is to resume trading Tuesday": a present copula and an infinitive give an arrangement ahead.
  if (copula >= 0 && presentCopulas.has(words[copula]!) && words[copula + 1] === 'to') return 'future';
  // Headline ellipsis: "Talks set to resume", "Pakistan due to vote", "Envoy expected to arrive".
  const cueTo = words.findIndex((w, i) => words[i + 1] === 'to' && (HEADLINE_FUTURE.has(w) || (i === 0 && futureAfterCopula.has(w))));
  if (cueTo >= 0) return 'future';
  const verbs = group.filter(isVerb);
  if (!verbs.length) return null;
  // A bare infinitive ("to resume") or gerund ("killing") depends on another verb.
  if (verbs.every((t) => t.tags.has('Gerund'))) return null;
  if (words[0] === 'to') return 'infinitive';
  if (words.some((w) => w === 'had' || w === 'did' || w === 'was' || w === 'were')) return 'past';
  const perfect = words.findIndex((w) => pastAuxiliaries.has(w));
  if (perfect >= 0 && group.slice(perfect + 1).some(readsPast)) return 'past';
  // In news, a finite "hit"/"cut" with no auxiliary ("rebels hit the town on Monday") is a past.
  const firstPast = group.findIndex(readsPast);
  if (firstPast >= 0 && !words.slice(0, firstPast).some((w) => presentCopulas.has(w))) return 'past';
  return 'present';
}

/** Verb groups of a sentence: runs of verbs joined by auxiliaries, adverbs and "to". */
export function verbGroups(tokens: Token[], sentenceStart: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let current: Token[] = [];
  const close = (next: Token | undefined) => {
    // Trailing glue ("set to") is kept only when a verb follows, so trim it.
    while (current.length && !isVerb(current[current.length - 1]!) && !glue.has(word(current[current.length - 1]!))) current.pop();
    if (current.some(isVerb)) {
      groups.push({ start: current[0]!.start - sentenceStart, end: current[current.length - 1]!.end - sentenceStart, tense: tenseOf(current, next) });
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const startsInfinitive = word(token) === 'to' && tokens[i + 1] !== undefined && isVerb(tokens[i + 1]!);
    // "the peace process, set to resume Monday": a cue of plans opens a group even when tagged as a noun.
    const startsPlan = HEADLINE_FUTURE.has(word(token)) && tokens[i + 1] !== undefined && word(tokens[i + 1]!) === 'to' && tokens[i + 2] !== undefined && isVerb(tokens[i + 2]!);
    if ((isVerb(token) && !isCountedNoun(token, tokens[i - 1])) || startsInfinitive || startsPlan || (current.length > 0 && glue.has(word(token)))) current.push(token);
    else close(token);
    if (breaksAfter(token)) close(undefined);
  });
  close(undefined);
  return groups;
}

/** The direction for the span [start, end) of a sentence (sentence-relative offsets). */
export function directionFinder(groups: VerbGroup[]): (start: number, end: number) => Direction {
  const toDirection = (tense: Exclude<Tense, 'infinitive'>): Direction => (tense === 'present' ? 'nearest' : tense);
  const finite = (g: VerbGroup) => g.tense !== null && g.tense !== 'infinitive';
  const hasInfinitive = groups.some((g) => g.tense === 'infinitive');
  // Groups are in text order and do not overlap, so both searches start from a binary search.
  const firstStartingAtOrAfter = (offset: number) => lowerBound(groups.length, (i) => groups[i]!.start, offset);
  return (start, end) => {
    for (let i = firstStartingAtOrAfter(start) - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g.end <= start && finite(g)) return toDirection(g.tense as Exclude<Tense, 'infinitive'>);
    }
    for (let i = firstStartingAtOrAfter(end); i < groups.length; i++) {
      const g = groups[i]!;
      if (finite(g)) return toDirection(g.tense as Exclude<Tense, 'infinitive'>);
    }
    // "Pakistan, Taliban to resume talks on Monday": a headline's infinitive looks ahead.
    return hasInfinitive ? 'future' : 'nearest';
  };
}
