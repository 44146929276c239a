// Rule: proper-noun runs. Capitalised words in a row, joined by spaces, by "&", by name
// particles ("Mocímboa da Praia", "Abu Bakr al Baghdadi") and, inside organisation names,
// by "of"/"for" ("Ministry of External Affairs", "Observatory for Human Rights").
import { isEnglishWord, isVerbWord } from '../english.js';
import { capitalOf, knownActor } from '../gazetteer.js';
import { DEMONYMS, WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

const SPACE = /^[ \t\u00a0]+$/;
const AMPERSAND = /^[ \t\u00a0]*&[ \t\u00a0]*$/;
const MAX_RUN = 12;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A capitalised word that may be part of a name. */
export function nameish(w: Word): boolean {
  if (!w.cap || WORDS.notNames.has(w.folded)) return false;
  const letters = w.text.replace(/[^\p{L}]/gu, '');
  // A middle initial ("H." in "Paul H. Chipok") keeps its dot only between the parts of a name (words.ts).
  if (letters.length < 2 && !/\p{N}/u.test(w.text) && !/^\p{Lu}\.$/u.test(w.text)) return false;
  return true;
}

const hasOrgCue = (run: Word[]) => run.some((w) => WORDS.orgCues.has(w.folded) || WORDS.groupCues.has(w.folded));
const MAX_AND_SIDE = 4;
const IN_HEADS = new Set(['mission', 'office', 'embassy', 'delegation', 'consulate', 'representation']);

/** A word that names something by itself: a listed actor, a capital, a demonym. */
const namesActor = (w: Word) => Boolean(knownActor(w.text) || capitalOf(w.text) || DEMONYMS.has(w.folded));
/** An ordinary word in a name ("Peace", "Security", "Studies"), not a name of its own. */
const nameWord = (w: Word) => !namesActor(w) && isEnglishWord(w.text);

/** The capitalised words after "and" at words[i] (space-joined, at most a few). */
function andSide(words: Word[], i: number): Word[] {
  const side: Word[] = [];
  for (let k = i + 1; k < words.length && side.length < MAX_AND_SIDE && nameish(words[k]!) && SPACE.test(words[k]!.gap); k++) side.push(words[k]!);
  return side;
}

/**
 * "and" inside one name: "Government of Peace and Unity", "Institute for Conflict and Security
 * Studies" (after of/for in an organisation's name), "Peace and Security Council", "Search and
 * Rescue Service" (ordinary words before an organisation word), "North and South Kivu". Names
 * of their own on either side ("Russia and Ukraine", "Ministry of Health and UNICEF") stay apart.
 */
function andJoins(words: Word[], i: number, whole: Word[]): boolean {
  // Only the name after an owner's possessive counts ("African Union’s | Peace").
  const owner = whole.findLastIndex((x) => x.possessive);
  const run = whole.slice(owner + 1);
  const w = words[i];
  if (!w || w.folded !== 'and' || w.cap || !SPACE.test(w.gap)) return false;
  const before = run[run.length - 1];
  const side = andSide(words, i);
  if (!before || !side.length) return false;
  if (run.length === 1 && WORDS.directions.has(before.folded) && WORDS.directions.has(side[0]!.folded)) return true;
  if (!nameWord(before) || !side.every(nameWord) || side[side.length - 1]!.possessive) return false;
  const inOrgTail = run.some((x, k) => (x.folded === 'of' || x.folded === 'for') && k > 0 && WORDS.orgCues.has(run[k - 1]!.folded));
  if (inOrgTail) return true;
  const head = side[side.length - 1]!.folded;
  return run.length <= 2 && run.every(nameWord) && !hasOrgCue(run) && (WORDS.orgCues.has(head) || WORDS.groupCues.has(head));
}

/** Index just past the joiner words that can link run[..i) to a capitalised word, or -1. */
function joinerEnd(words: Word[], i: number, run: Word[]): number {
  const w = words[i];
  if (!w || !SPACE.test(w.gap)) return -1;
  if (andJoins(words, i, run)) return i + 1;
  if (WORDS.nameParticles.has(w.folded) && !w.cap) return i + 1;
  const last = run[run.length - 1]!;
  // "Mission in the Democratic Republic of the Congo": a body abroad is named by where it is.
  const posted = w.folded === 'in' && IN_HEADS.has(last.folded);
  // "Maru Local Government Area of Zamfara State": a place's "of" tells where it lies.
  const placeHead = WORDS.placeCues.has(last.folded) && !WORDS.orgCues.has(last.folded);
  // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a purpose in the name.
  const purpose = w.folded === 'to' && WORDS.orgCues.has(last.folded) && words[i + 1] !== undefined && isVerbWord(words[i + 1]!.text);
  if (purpose) return i + 1;
  if (posted || ((w.folded === 'of' || w.folded === 'for') && hasOrgCue(run) && !placeHead)) {
    const next = words[i + 1];
    const k = next && next.folded === 'the' && SPACE.test(next.gap) ? i + 2 : i + 1;
    return titledPersonAt(words, k) ? -1 : k;
  }
  return -1;
}

/**
 * "the Awami League of Prime Minister Jane Roe": a title and a name after "of" are the leader,
 * not the rest of the body's name. A title word followed by more of a name ("Ministry of
 * Justice and …", "Court of Justice") is not.
 */
function titledPersonAt(words: Word[], k: number): boolean {
  // An ordinary word may open the title ("Prime Minister"), not a name ("Bank of India Governor").
  const t = words[k] && !WORDS.titleHeads.has(words[k]!.folded) && nameWord(words[k]!) && !WORDS.orgCues.has(words[k]!.folded) ? k + 1 : k;
  const title = words[t];
  const name = words[t + 1];
  return Boolean(title && name && WORDS.titleHeads.has(title.folded) && name.cap && SPACE.test(name.gap) && !WORDS.titleHeads.has(name.folded) && !WORDS.orgCues.has(name.folded) && !andJoins(words, t + 1, [title]));
}

const OPEN_NICK = /^\s+[“"‘]$/u;
const CLOSE_NICK = /^[”"’]\s+$/u;
const MAX_NICK = 3;

/**
 * A quoted nickname inside a person's name, Renel “Ti Kabrit” Destin: index of the surname after
 * it, or -1. The nickname is capitalised words in quotes, and a capitalised name must follow.
 */
function nicknameEnd(words: Word[], j: number): number {
  if (!words[j] || !OPEN_NICK.test(words[j]!.gap) || !nameish(words[j]!)) return -1;
  for (let k = j + 1; k < words.length && k - j <= MAX_NICK; k++) {
    const w = words[k]!;
    if (CLOSE_NICK.test(w.gap)) return nameish(w) && !w.allCaps ? k : -1;
    if (!nameish(w) || !SPACE.test(w.gap)) return -1;
  }
  return -1;
}

/** The capitalised words of a body's name starting at words[j], going on with "and" ("Peace and Security Council"). */
function bodyAt(words: Word[], j: number): Word[] {
  const body = andSide(words, j - 1);
  let k = j + body.length;
  while (k < words.length && andJoins(words, k, body)) {
    const more = andSide(words, k);
    body.push(...more);
    k += more.length + 1;
  }
  return body;
}

/** "African Union’s Peace and Security Council": a listed organisation owns the body named after it. */
function ownedBody(words: Word[], j: number, run: Word[]): boolean {
  if (knownActor(run.map((w) => w.text).join(' '))?.kind !== 'organization') return false;
  const body = bodyAt(words, j);
  return body.length > 0 && WORDS.orgCues.has(body[body.length - 1]!.folded);
}

const HEAD_WORDS = [WORDS.orgCues, WORDS.placeCues, WORDS.mediaCues];
/**
 * Who a body's name can say it belongs to: people in the plural ("Farmers", "Women", "People")
 * or an office holder ("Sheriff’s Office"), not an organisation or a place ("University’s
 * Institute", "New York City’s Columbia University" are two names).
 */
function collectiveOwner(w: Word): boolean {
  if (!nameWord(w) || HEAD_WORDS.some((cue) => cue.has(w.folded))) return false;
  return /(?:[^s]s|men|people|children)$/.test(w.folded) || WORDS.titleHeads.has(w.folded);
}

/**
 * "the Farmers’ Union", "People’s Liberation Front", "Workers’ Party": an ordinary plural or
 * collective noun's possessive is part of the name of the body it opens, not an owner
 * ("Pakistan’s Foreign Office" is the country's office).
 */
function commonOwnerBody(words: Word[], j: number, run: Word[]): boolean {
  // "Pakistan People’s Party", "Afghan Women’s Network": a country in front is part of the name.
  if (run.length > 3 || !collectiveOwner(run[run.length - 1]!)) return false;
  const head = bodyAt(words, j).at(-1);
  return Boolean(head && !head.possessive && (WORDS.orgCues.has(head.folded) || WORDS.groupCues.has(head.folded)));
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
    while (j < words.length && run.length < MAX_RUN && (!run[run.length - 1]!.possessive || ownedBody(words, j, run) || commonOwnerBody(words, j, run)) && !run[run.length - 1]!.attributive) {
      const w = words[j]!;
      if (nameish(w) && (SPACE.test(w.gap) || AMPERSAND.test(w.gap))) {
        run.push(w);
        j++;
        continue;
      }
      const nick = nicknameEnd(words, j);
      if (nick > 0) {
        for (let x = j; x <= nick; x++) run.push(words[x]!);
        j = nick + 1;
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
    // "the 5th Brigade", "the 82nd Airborne Division": an ordinal opens a unit's name.
    const before = words[i - 1];
    const head = run[run.length - 1]!;
    if (before && ORDINAL.test(before.text) && SPACE.test(run[0]!.gap) && (WORDS.orgCues.has(head.folded) || WORDS.groupCues.has(head.folded))) run.unshift(before);
    runs.push(run);
    i = j;
  }
  return runs;
}
