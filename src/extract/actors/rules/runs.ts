// Rule: proper-noun runs. Capitalised words in a row, joined by spaces, by "&", by name
// particles ("Mocímboa da Praia", "Abu Bakr al Baghdadi") and, inside organisation names,
// by "of"/"for" ("Ministry of External Affairs", "Observatory for Human Rights").
import { WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

const SPACE = /^[ \t\u00a0]+$/;
const AMPERSAND = /^[ \t\u00a0]*&[ \t\u00a0]*$/;
const MAX_RUN = 12;

/** A capitalised word that may be part of a name. */
export function nameish(w: Word): boolean {
  if (!w.cap || WORDS.notNames.has(w.folded)) return false;
  const letters = w.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 && !/\p{N}/u.test(w.text)) return false;
  return true;
}

const hasOrgCue = (run: Word[]) => run.some((w) => WORDS.orgCues.has(w.folded) || WORDS.groupCues.has(w.folded));

/** Index just past the joiner words that can link run[..i) to a capitalised word, or -1. */
function joinerEnd(words: Word[], i: number, run: Word[]): number {
  const w = words[i];
  if (!w || !SPACE.test(w.gap)) return -1;
  if (WORDS.nameParticles.has(w.folded) && !w.cap) return i + 1;
  if ((w.folded === 'of' || w.folded === 'for') && hasOrgCue(run)) {
    const next = words[i + 1];
    if (next && next.folded === 'the' && SPACE.test(next.gap)) return i + 2;
    return i + 1;
  }
  return -1;
}

export function properNounRuns(words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameish(words[i]!)) {
      i++;
      continue;
    }
    const run = [words[i]!];
    let j = i + 1;
    while (j < words.length && run.length < MAX_RUN && !run[run.length - 1]!.possessive && !run[run.length - 1]!.attributive) {
      const w = words[j]!;
      if (nameish(w) && (SPACE.test(w.gap) || AMPERSAND.test(w.gap))) {
        run.push(w);
        j++;
        continue;
      }
      const k = joinerEnd(words, j, run);
      const after = k >= 0 ? words[k] : undefined;
      if (after && nameish(after) && SPACE.test(after.gap)) {
        for (let x = j; x <= k; x++) run.push(words[x]!);
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}
