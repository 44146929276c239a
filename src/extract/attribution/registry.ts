// The fullest form of each person's name in a document, so that "Tarar" (or "He")
// is reported as "Attaullah Tarar" even before actors are linked.
import type { FrameToken } from './frame.js';
import { INNER_NAME_WORDS, NAME_PARTICLES } from './lexicon.js';
import { kindOfName, nameInPhrase } from './names.js';
import { isWord } from './nounPhrase.js';

export interface FullName {
  text: string;
  words: string[];
}

const wordsOf = (text: string) => text.toLowerCase().split(/[\s]+/).filter(Boolean);

export class NameRegistry {
  private readonly byLastWord = new Map<string, FullName>();

  constructor(text: string, frames: FrameToken[][]) {
    for (const tokens of frames) this.scan(text, tokens);
  }

  private scan(text: string, tokens: FrameToken[]): void {
    let i = 0;
    while (i < tokens.length) {
      if (!isWord(tokens[i]) || !tokens[i]!.cap) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && isWord(tokens[j])) {
        const t = tokens[j]!;
        if (tokens[j - 1]!.possessive) break;
        if (t.cap) j++;
        else if ((NAME_PARTICLES.has(t.lower) || INNER_NAME_WORDS.has(t.lower)) && tokens[j + 1]?.cap) j++;
        else break;
      }
      this.register(text, tokens, i, j);
      i = j;
    }
  }

  private register(text: string, tokens: FrameToken[], from: number, to: number): void {
    const name = nameInPhrase(tokens, { from, to });
    if (!name || name.to - name.from < 2) return;
    const nameTokens = tokens.slice(name.from, name.to);
    if (nameTokens.filter((t) => t.cap).length < 2 || nameTokens[nameTokens.length - 1]!.possessive) return;
    if (kindOfName(tokens, name) !== 'person') return;
    const full: FullName = { text: text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end), words: nameTokens.map((t) => t.lower) };
    const key = full.words[full.words.length - 1]!;
    const known = this.byLastWord.get(key);
    if (!known || known.words.length < full.words.length) this.byLastWord.set(key, full);
  }

  /** The fullest registered name that contains every word of `name`, or null. */
  fullest(name: string): string | null {
    const words = wordsOf(name);
    const last = words[words.length - 1];
    if (!last) return null;
    const full = this.byLastWord.get(last);
    if (!full || full.words.length <= words.length) return null;
    return words.every((w) => full.words.includes(w)) ? full.text : null;
  }
}
