// Does a reported figure start another incident than the one before it? Reports of one
// event share its date; a figure dated to another day, or said to be from a separate
// attack, is another event. Tolls and repeats are dated by when they are reported
// ("the death toll rose to 40 on Monday"), so their date never splits.
import { compatible, type ParsedDate } from '../../../timeline/dateValue.js';
import type { Figure } from '../figure.js';
import { lexicon } from '../lexicon.js';

export interface OpenIncident {
  figures: Figure[];
  day: ParsedDate | null;
}

/** Outcomes that are states, reported as they stand on a day ("15 people were still missing on Wednesday"). */
const STATES = new Set(['missing', 'displaced']);
const STILL = /\b(?:still|now|remain|remained|remains)\b/i;

/** "killed 3 soldiers on Monday … 5 civilians on Wednesday": an event on another day. */
export const anotherDay = (f: Figure, current: OpenIncident): boolean =>
  f.day !== null && !f.toll && f.item.scope !== 'repeat' && !STATES.has(f.item.outcome) && !STILL.test(f.item.span.text)
  && current.day !== null && !compatible(f.day, current.day);

/**
 * "In a separate attack, gunmen killed 9", "Bandits killed 9 villagers in a separate
 * attack": the sentence says it is another event — before the figure, past the previous
 * figure of the sentence; or anywhere in it when this is the sentence's first figure.
 */
export const saidSeparate = (f: Figure, current: OpenIncident): boolean => {
  const last = current.figures[current.figures.length - 1];
  if (!last || !f.sentence) return false;
  if (last.sentence === f.sentence) return lexicon.separate.test(f.before.slice(last.before.length));
  return lexicon.separate.test(f.sentence.text);
};

export const SPLIT_RULES: Array<[string, (f: Figure, current: OpenIncident) => boolean]> = [
  ['anotherDay', anotherDay],
  ['saidSeparate', saidSeparate],
];

export const startsAnotherIncident = (f: Figure, current: OpenIncident): boolean =>
  SPLIT_RULES.some(([, rule]) => rule(f, current));
