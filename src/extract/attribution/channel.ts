// Where a statement was made: "on X", "in a post on Telegram", "on its Radio Andalus
// station", "by telephone", "told AFP", "in an interview", "in a statement".
import type { FrameToken } from './frame.js';
import { CHANNEL_NOUNS, MEDIUM_NOUNS, PHONE_WORDS, PLATFORMS } from './lexicon.js';
import { isWord } from './nounPhrase.js';

const CHANNEL_PREPOSITIONS = new Set(['on', 'in', 'via', 'through', 'during', 'at', 'by', 'to', 'from']);
const STOPS = new Set(['that', 'and', 'but', 'while', 'who', 'which']);

interface Found {
  rank: number;
  channel: string;
}

function capitalRunBefore(tokens: FrameToken[], end: number, floor: number): string | null {
  let k = end - 1;
  while (k >= floor && tokens[k]!.kind === 'word' && tokens[k]!.cap) k--;
  if (k === end - 1) return null;
  return tokens.slice(k + 1, end).map((t) => t.text).join(' ');
}

/** The channel mentioned in tokens[from, to). */
export function channelIn(tokens: FrameToken[], from: number, to: number): string | null {
  let best: Found | null = null;
  const offer = (rank: number, channel: string) => {
    if (!best || rank < best.rank) best = { rank, channel };
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const prev = tokens[i - 1];
    const prepositioned = isWord(prev) && CHANNEL_PREPOSITIONS.has(prev.lower);
    const platform = PLATFORMS.get(t.lower);
    if (platform && prepositioned && (t.text === platform || t.lower !== 'x')) offer(0, platform);
    else if (MEDIUM_NOUNS.has(t.lower)) {
      // "its Radio Andalus station", "its Amaq news agency": the capitals before the medium noun.
      let k = i;
      while (k > from && k > i - 3 && isWord(tokens[k - 1]) && !tokens[k - 1]!.cap) k--;
      const run = capitalRunBefore(tokens, k, from);
      if (run) offer(1, run);
    } else if (PHONE_WORDS.has(t.lower) && prev?.lower === 'by') offer(2, 'telephone');
    else if (t.lower === 'told' || t.lower === 'tells' || t.lower === 'tell') {
      const next = tokens[i + 1];
      if (isWord(next) && next.cap) {
        let k = i + 1;
        while (k < to && isWord(tokens[k]) && tokens[k]!.cap) k++;
        offer(3, tokens.slice(i + 1, k).map((x) => x.text).join(' '));
      }
    } else if (CHANNEL_NOUNS.has(t.lower)) {
      for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
        if (isWord(tokens[k]) && CHANNEL_PREPOSITIONS.has(tokens[k]!.lower)) {
          offer(4, t.lower);
          break;
        }
      }
    }
    if (STOPS.has(t.lower) && i > from) break;
  }
  return (best as Found | null)?.channel ?? null;
}
