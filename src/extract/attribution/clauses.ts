// The reporting clauses of one sentence: each reporting verb (or "according to") with
// the phrase naming its speaker, found by the rules in order, and its channel.
import { channelIn } from './channel.js';
import type { FrameToken } from './frame.js';
import { isPersonHead } from './described.js';
import { BLOCKING_PREPOSITIONS, BOUNDARIES, INTRO_WORDS, LOCATIVE_PREPOSITIONS, isAmbiguousForm, isReportingVerb, isSourceVerb, needsObject } from './lexicon.js';
import { isComma, isPronoun, isVerbish, isWord, rightPhrase } from './nounPhrase.js';
import { accordingTo, isAccordingTo } from './rules/accordingTo.js';
import { colonLabel, dashLabel } from './rules/colonLabel.js';
import { inherited } from './rules/inherited.js';
import { inverted } from './rules/inverted.js';
import { isSpeechNoun, speechNoun } from './rules/speechNoun.js';
import { preverbal } from './rules/preverbal.js';
import { quotedAs } from './rules/quotedAs.js';
import type { RuleSpeaker, SpeakerRule } from './rules/types.js';

export interface Clause {
  /** Token index of the cue word. */
  verb: number;
  /** The reporting verb, "according to", or null for a speech noun ("Islamabad’s demand"). */
  cue: string | null;
  /** The verb can make its speaker the source of the whole sentence. */
  source: boolean;
  speaker: RuleSpeaker | null;
  channel: string | null;
}

const RULES: SpeakerRule[] = [quotedAs, preverbal, inverted, inherited];
const CHANNEL_WINDOW = 14;

/** A word that reads as a noun here ("Borno state", "the reports"), not as a verb. */
const usedAsNoun = (t: FrameToken) => isAmbiguousForm(t.lower) && t.tags.has('Noun') && !t.tags.has('Verb');

/** End of an introductory phrase ("In a post on X,", "Last week,"), or 0. */
export function introEnd(tokens: FrameToken[]): number {
  const first = tokens.find((t) => t.kind === 'word');
  if (!first || !INTRO_WORDS.has(first.lower)) return 0;
  for (let i = 0; i < Math.min(tokens.length, 16); i++) if (isComma(tokens[i])) return i + 1;
  return 0;
}

/** The subject of the sentence's main clause: "Islamabad extends …", "The Syrian Observatory (SOHR), a monitor, put …". */
export function sentenceSubject(tokens: FrameToken[]): RuleSpeaker | null {
  let start = introEnd(tokens);
  while (start < tokens.length && tokens[start]!.kind !== 'word') start++;
  const first = tokens[start];
  if (!first) return null;
  if (isPronoun(first)) return { phrase: { from: start, to: start + 1 }, pronoun: first.lower };
  if (BOUNDARIES.has(first.lower)) return null;
  const phrase = rightPhrase(tokens, start, tokens.length);
  if (!phrase) return null;
  // "A senior official in the regional government, speaking …, put": the place belongs to the subject.
  if (isPersonHead(tokens[phrase.to - 1]) && isWord(tokens[phrase.to]) && LOCATIVE_PREPOSITIONS.has(tokens[phrase.to]!.lower)) {
    const place = rightPhrase(tokens, phrase.to + 1, tokens.length);
    if (place) phrase.to = place.to;
  }
  const next = tokens[phrase.to];
  if (isWord(next) && !isVerbish(next)) return null;
  if (next && next.kind !== 'word' && !isComma(next) && next.text !== '(') return null;
  return { phrase, pronoun: null };
}

function speakerFor(tokens: FrameToken[], verb: number, previous: RuleSpeaker | null): RuleSpeaker | null {
  if (isAccordingTo(tokens, verb)) return accordingTo(tokens, verb);
  for (const rule of RULES) {
    const found = rule(tokens, verb);
    if (found === 'inherit') return previous ?? sentenceSubject(tokens);
    if (found) return found;
  }
  return null;
}

function channelFor(tokens: FrameToken[], verb: number): string | null {
  const after = channelIn(tokens, verb, Math.min(tokens.length, verb + CHANNEL_WINDOW));
  if (after) return after;
  const intro = introEnd(tokens);
  return intro && intro <= verb ? channelIn(tokens, 0, intro) : null;
}

export function findClauses(tokens: FrameToken[]): Clause[] {
  const out: Clause[] = [];
  let previous: RuleSpeaker | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const label = t.kind === 'punct' ? (colonLabel(tokens, i) ?? dashLabel(tokens, i)) : null;
    if (label) out.push({ verb: i, cue: null, source: false, speaker: label, channel: null });
    if (t.kind !== 'word') continue;
    const owner = isSpeechNoun(t) ? speechNoun(tokens, i) : null;
    if (owner) {
      out.push({ verb: i, cue: null, source: false, speaker: owner, channel: null });
      continue;
    }
    const according = isAccordingTo(tokens, i);
    if (!according && (t.cap || !isReportingVerb(t.lower) || usedAsNoun(t) || (!isSourceVerb(t.lower) && tokens[i + 1]?.lower === 'to'))) continue;
    // "young men accused of spying": a participle, not a clause.
    if (needsObject(t.lower) && isWord(tokens[i + 1]) && BLOCKING_PREPOSITIONS.has(tokens[i + 1]!.lower)) continue;
    const speaker = speakerFor(tokens, i, previous);
    if (!speaker) continue;
    previous = speaker;
    out.push({ verb: i, cue: according ? 'according to' : t.lower, source: according || isSourceVerb(t.lower), speaker, channel: channelFor(tokens, i) });
  }
  return out;
}
