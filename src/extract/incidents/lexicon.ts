// The incidents extractor's word lists (data/cues.json) as whole-word matchers.
import cues from './data/cues.json' with { type: 'json' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export const lexicon = {
  background: anyOf(cues.background.phrases),
  separate: anyOf(cues.separate.phrases),
  relativeOpener: new RegExp(`^\\s*(?:${cues.relativeOpeners.phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
};
