// The claim extractor's word lists (data/*.json), loaded once as lower-case sets.
import backgroundPrepositions from '../data/backgroundPrepositions.json' with { type: 'json' };
import consequenceVerbs from '../data/consequenceVerbs.json' with { type: 'json' };
import eventNouns from '../data/eventNouns.json' with { type: 'json' };
import hedges from '../data/hedges.json' with { type: 'json' };
import timeShifters from '../data/timeShifters.json' with { type: 'json' };
import timestampLabels from '../data/timestampLabels.json' with { type: 'json' };

const lowerSet = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const HEDGE_PHRASES: string[][] = hedges.phrases.map((p) => p.toLowerCase().split(/\s+/));
export const EVENT_NOUNS = lowerSet(eventNouns.nouns);
export const TIME_SHIFTERS = lowerSet(timeShifters.words);
export const CONSEQUENCE_VERBS = lowerSet(consequenceVerbs.verbs);
export const BACKGROUND_PREPOSITIONS = lowerSet(backgroundPrepositions.words);
export const TIMESTAMP_LABELS: string[] = timestampLabels.labels.map((l) => l.toLowerCase());

/** The raw lists, for the data tests. */
export const WORD_LISTS: Record<string, string[]> = {
  hedges: hedges.phrases,
  eventNouns: eventNouns.nouns,
  timeShifters: timeShifters.words,
  consequenceVerbs: consequenceVerbs.verbs,
  backgroundPrepositions: backgroundPrepositions.words,
  timestampLabels: timestampLabels.labels,
};
