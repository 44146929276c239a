// "at least 23 people, including nine members of the CJTF", "killing ten people, three of
// them children": a breakdown of the figure before it, with that figure's outcome.
import { lexicon } from '../lexicon.js';
import type { LinkRule } from './types.js';

export const partOf: LinkRule = (ctx, m, earlier) => {
  const previous = earlier[earlier.length - 1];
  if (!previous) return null;
  const total = previous.partOf ?? previous;
  const { words } = ctx;
  let j = m.start - 1;
  while (j >= 0 && words[j]!.kind === 'quote') j--;
  const marker = lexicon.partMarkers.endingAt(words, j);
  const commaThenPartitive = words[j]?.text === ',' && m.victims.partitive && words[m.end]?.lower === 'of';
  if (!marker && !commaThenPartitive) return null;
  const from = marker ? marker.start : m.start;
  if (from <= previous.mention.start) return null;
  return { outcome: total.outcome, from: m.start, to: Math.max(m.end, m.victims.end), partOf: total };
};
