// Rule: titles and honorifics in front of a name become roles, not part of the name:
// "Defence Minister Khawaja Muhammad Asif" → roles ["Defence Minister"], name "Khawaja Muhammad Asif";
// "Lieutenant Colonel Eric Nkusi" → ["Lieutenant Colonel"]; "Mr Smith" → no role.
import { WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

export interface Titled {
  name: Word[];
  role: Word[] | null;
  /** A title or honorific stood in front: the name is a person's. */
  titled: boolean;
}

const isTitleHead = (w: Word) => WORDS.titleHeads.has(w.folded);

export function splitTitle(words: Word[]): Titled {
  // Honorifics first ("Dr", "Mr"), which are dropped without a role.
  let from = 0;
  let titled = false;
  while (from < words.length - 1 && WORDS.honorifics.has(words[from]!.folded)) {
    from++;
    titled = true;
  }
  // The last title word that still has a name after it ends the title.
  let head = -1;
  for (let i = from; i < words.length - 1; i++) {
    // A title is followed by the name itself, not by a joiner ("Council of Justice and Reform").
    if (isTitleHead(words[i]!) && words[i + 1]!.cap) head = i;
  }
  if (head < 0) return { name: words.slice(from), role: null, titled };
  // A title is a short phrase; a very long prefix is more likely a name with a title word in it.
  if (head - from > 3) return { name: words.slice(from), role: null, titled };
  // "Interim Force", "General Assembly": what follows the title word is an organisation, not a person.
  const rest = words.slice(head + 1);
  if (WORDS.orgCues.has(rest[rest.length - 1]!.folded)) return { name: words.slice(from), role: null, titled };
  return { name: words.slice(head + 1), role: words.slice(from, head + 1), titled: true };
}

/** The run is nothing but a title ("Prime Minister"): no actor. */
export const onlyTitle = (words: Word[]) => words.length > 0 && words.every((w) => isTitleHead(w) || WORDS.honorifics.has(w.folded)) ;
