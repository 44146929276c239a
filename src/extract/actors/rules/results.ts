// Rule: sports results, fixtures and league tables, as wire services and newspapers print them,
// one per line: "Tranmere 3 Grimsby 2", "Levski Sofia ( Bulgaria ) 1 Olimpija ( Slovenia ) 0",
// "Fulham v Cardiff , Colchester v Hereford", "DETROIT AT KANSAS CITY", "Wigan 22 19 1 2 902 326 39".
// The names in such a line are teams: organisations, whatever place they are named after; the
// name after "at" is the venue. A list of fixtures may wrap ("…, Fulham v" / "Cardiff , …").
import { isEnglishWord } from '../english.js';
import type { Mention } from '../mention.js';
import type { Word } from '../words.js';

const NUMBER = /^\d+(?:[.,:]\d+)?$/;
// A table's numbers: counts, a winning percentage ".496", half games "1/2" — not averages
// ("24.50"), which are players' statistics or prices.
const COUNT = /^\d+$/;
const VERSUS = new Set(['v', 'vs', 'versus']);
/** "v", "vs.", and "AT" in the capitals of American listings ("Results at the Hamlet Cup" is no fixture). */
const isVersus = (w: Word) => VERSUS.has(w.folded) || w.text === 'AT';

// One letter per item of the line: M a name, d a number, b a bracketed aside, v "v"/"at",
// , a comma or semicolon, : a colon or spaced dash ending a label, w any other word. Spaces vanish.
const RESULT = /^(?:[^:]*:)?(Mb?[dn]b?,?Mb?[dn]b?)$/;
const FIXTURES = /^(?:[^:]*:)?((?:Mb?,)?Mb?vMb?(?:,Mb?vMb?)*(?:,Mb?v?)?,?)$/;
const STANDING = /^(Md{3,})$/;

/** The line's shape and, for each letter M, the mention it stands for. */
function shape(words: Word[], mentions: Mention[]): { letters: string; names: Mention[]; venues: Set<Mention> } {
  let letters = '';
  const names: Mention[] = [];
  const venues = new Set<Mention>();
  let depth = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const opens = (w.gap.match(/\(/g) ?? []).length;
    const closes = (w.gap.match(/\)/g) ?? []).length;
    const wasInside = depth > 0;
    depth = Math.max(0, depth + opens - closes);
    if (wasInside && depth === 0 && !opens) letters += 'b';
    if (/[,;]/.test(w.gap) && depth === 0) letters += ',';
    else if (/:|\s[-–—]\s/.test(w.gap) && depth === 0) letters += ':';
    if (depth > 0) {
      i++;
      continue;
    }
    const m = mentions.find((x) => x.words[0] === w);
    if (m) {
      letters += 'M';
      names.push(m);
      // "OAKLAND AT NEW YORK": the name after "at" is where the game is played.
      if (words[i - 1]?.text === 'AT') venues.add(m);
      i += m.words.length;
      continue;
    }
    letters += !NUMBER.test(w.text) ? (isVersus(w) ? 'v' : 'w') : COUNT.test(w.text) && /^\s*[./]?$/.test(w.gap) ? 'd' : 'n';
    i++;
  }
  if (depth > 0) letters += 'b';
  return { letters, names, venues };
}

/**
 * The mentions of a line (its words and mentions, in order) that name teams in a result, fixture
 * or table. A label before a colon ("In Sofia :", "Playing Monday :") is not a team.
 */
export function teamsInResults(words: Word[], mentions: Mention[]): Mention[] {
  if (!mentions.length || !words.some((w) => /^\d/.test(w.text) || isVersus(w))) return [];
  const { letters, names, venues } = shape(words, mentions);
  const match = RESULT.exec(letters) ?? FIXTURES.exec(letters) ?? STANDING.exec(letters);
  if (!match) return [];
  const label = letters.slice(0, letters.length - match[1]!.length);
  // "TENNIS - RESULTS AT HAMLET CUP": a word of the page in capitals is no team.
  return names.slice((label.match(/M/g) ?? []).length).filter((m) => !venues.has(m) && !(m.words.every((w) => w.allCaps && isEnglishWord(w.text))));
}
