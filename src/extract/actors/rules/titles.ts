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

/** Organisation words that also name a minister's portfolio. */
const PORTFOLIOS = new Set(['defence', 'defense', 'affairs', 'relations', 'intelligence', 'security', 'justice', 'interior', 'finance', 'health', 'education', 'trade', 'labour', 'labor', 'information']);

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

/**
 * "Eastern Region Brigade Commander Major Ade Roe", "Department of Defense Secretary Lloyd
 * Austin": a body's name, then a title and a person's name. Index where the title starts, or -1.
 */
export function bodyBeforeTitle(words: Word[]): number {
  for (let t = 1; t < words.length - 1; t++) {
    // The body ends in its organisation word, or is named in full before the title ("Central Bank of Ruritania Governor").
    const named = words.slice(0, t - 1).some((w, j) => WORDS.orgCues.has(w.folded) && (words[j + 1]!.folded === 'of' || words[j + 1]!.folded === 'for'));
    if (!isTitleHead(words[t]!) || !(WORDS.orgCues.has(words[t - 1]!.folded) || named)) continue;
    // "Defence Minister", "Legal Affairs Minister": a portfolio names the title, unless the body is named in full ("Ministry of Defence").
    if (PORTFOLIOS.has(words[t - 1]!.folded) && !words.slice(0, t).some((w) => !w.cap)) return -1;
    let name = t;
    while (name < words.length && (isTitleHead(words[name]!) || WORDS.honorifics.has(words[name]!.folded))) name++;
    const rest = words.slice(name);
    if (rest.length && rest.every((w) => w.cap) && !WORDS.orgCues.has(rest[rest.length - 1]!.folded)) return t;
    return -1;
  }
  return -1;
}
