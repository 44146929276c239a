// Rule: what the words around a mention say about it. A role noun before it ("police officer
// X"), an appositive after it ("X, a spokesman for …"), "By X" in a byline, a verb of saying,
// a locative preposition ("in X"), or a lowercase noun that types it ("the X gang", "X province").
import type { ActorKind } from '../../../schema/result.js';
import { WORDS } from '../lexicon.js';
import type { Mention } from '../mention.js';
import { indexOfWord, type Word } from '../words.js';
import { describedAfter, describedBefore } from './descriptors.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);
const ROLE_STOP = new Set(['as', 'by', 'of', 'for', 'with', 'to', 'in', 'on', 'at', 'and', 'or', 'from', 'that', 'who', 'which', 'said', 'says', 'told', 'is', 'was', 'were', 'are', 'be', 'been']);
const AGE = /^\d+-year-old$/;
const GROUP_NOUNS = new Set(['gang', 'gangs', 'militia', 'militias', 'rebels', 'rebel', 'insurgents', 'insurgent', 'militants', 'militant', 'group', 'faction', 'coalition', 'fighters', 'jihadists', 'movement', 'party', 'cartel']);
const PLACE_NOUNS = new Set(['department', 'province', 'district', 'region', 'state', 'town', 'village', 'city', 'valley', 'county', 'area', 'neighbourhood', 'neighborhood', 'camp', 'suburb', 'sector', 'crossing', 'border', 'river', 'forest', 'island', 'capital', 'municipality', 'governorate', 'frontier', 'road', 'highway', 'port', 'airport', 'base']);
/** "residents of Kenscoff", "control of El Fasher", "the outskirts of Goma": what only a place has. */
const PLACE_OF = new Set(['residents', 'control', 'outskirts', 'siege', 'edge', 'heart', 'streets', 'centre', 'center', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'suburbs']);
const MEDIA_NOUNS = new Set(['broadcaster', 'newspaper', 'channel', 'daily', 'outlet', 'television', 'radio', 'website', 'news']);
const ORG_NOUNS = new Set(['ministry', 'agency', 'organisation', 'organization', 'company', 'firm', 'charity', 'council', 'committee', 'office', 'government', 'service', 'services']);

export interface ContextCues {
  /** Roles from words before or after: "police spokeswoman", "a spokesman". */
  roles: string[];
  kind?: ActorKind;
  strength: number;
}

const indexOf = (m: Mention) => indexOfWord(m.sentenceWords, m.words[0]!);
const lastIndexOf = (m: Mention) => indexOfWord(m.sentenceWords, m.words[m.words.length - 1]!);

/** Lowercase role phrase ending at words[end] ("police officer", "MEA spokesman"). */
function roleBefore(words: Word[], end: number): string | null {
  const head = words[end];
  if (!head || !WORDS.roleNouns.has(head.folded) || head.cap) return null;
  let s = end;
  while (s > 0 && end - s < 3) {
    const w = words[s - 1]!;
    if (!/^\s+$/.test(words[s]!.gap) || DETERMINERS.has(w.folded) || ROLE_STOP.has(w.folded) || w.possessive) break;
    if (w.cap && !w.allCaps) break;
    if (/^\p{N}/u.test(w.text) || WORDS.reportingVerbs.has(w.folded)) break;
    s--;
  }
  return words.slice(s, end + 1).map((w) => w.text).join(' ');
}

/** ", a spokesman for …" / ", the army spokesman in …" / ", 62," after the mention. */
function appositive(words: Word[], after: number): string | null {
  const first = words[after];
  if (!first || !/^\s*,\s*$/.test(first.gap)) return null;
  let i = after;
  if (DETERMINERS.has(words[i]!.folded)) i++;
  // A possessive name first: "OCHA’s deputy humanitarian coordinator", "MSF’s emergency coordinator".
  if (words[i]?.possessive && words[i]!.cap) i++;
  const from = i;
  for (; i < words.length && i - from < 5; i++) {
    const w = words[i]!;
    if (i > after && !/^\s+$/.test(w.gap) && i > from) break;
    if (WORDS.roleNouns.has(w.folded) && !w.cap) {
      const start = words.slice(from, i).findIndex((x) => !AGE.test(x.text) && !(x.cap && !x.allCaps) && !/^\d/.test(x.text));
      const mods = start < 0 ? [] : words.slice(from + start, i).filter((x) => !AGE.test(x.text) && !/^\d/.test(x.text));
      // Capitalised words inside stop the role ("a White Helmets volunteer" → "volunteer").
      let k = mods.length;
      while (k > 0 && (!mods[k - 1]!.cap || mods[k - 1]!.allCaps)) k--;
      return [...mods.slice(k), w].map((x) => x.text).join(' ');
    }
  }
  return null;
}

export function contextCues(m: Mention): ContextCues {
  const words = m.sentenceWords;
  const first = indexOf(m);
  const last = lastIndexOf(m);
  const cues: ContextCues = { roles: [], strength: 0 };
  const set = (kind: ActorKind, strength: number) => {
    if (strength > cues.strength) {
      cues.kind = kind;
      cues.strength = strength;
    }
  };
  const prev = words[first - 1];
  const next = words[last + 1];
  const gapBefore = m.words[0]!.gap;
  const gapAfter = next?.gap ?? '';

  const described = describedBefore(words, first) ?? describedAfter(words, last + 1);
  if (described) set(described.kind, described.strength);
  const before = prev && !described ? roleBefore(words, first - 1) : null;
  if (before && (/^\s+$/.test(gapBefore) || /^\s*,\s*$/.test(gapBefore))) {
    cues.roles.push(before);
    set('person', 5);
  }
  const after = appositive(words, last + 1);
  if (after) {
    cues.roles.push(after);
    set('person', 4);
  }
  if (prev && prev.folded === 'by' && m.sentence.role === 'byline') set('person', 6);
  if (prev?.folded === 'by' && prev.clauseStart && /^\s+$/.test(gapBefore)) set('person', 5);
  if (next && /^\s*,\s*$/.test(gapAfter) && /^\d{1,3}$/.test(next.text) && /^\s*,/.test(words[last + 2]?.gap ?? ',')) set('person', 5);
  if (!m.words[m.words.length - 1]!.possessive && next && /^\s+$/.test(gapAfter) && !next.cap) {
    if (GROUP_NOUNS.has(next.folded)) set('group', 4);
    else if (PLACE_NOUNS.has(next.folded)) set('place', 4);
    else if (MEDIA_NOUNS.has(next.folded) && !(words[last + 2]?.folded === 'conference')) set('media', 4);
    else if (ORG_NOUNS.has(next.folded)) set('organization', 3);
  }
  const prevContent = prev?.folded === 'the' ? words[first - 2] : prev;
  if (prevContent && WORDS.locativePrepositions.has(prevContent.folded) && /^\s+$/.test(gapBefore)) set('place', 2);
  // "the towns of Nabatieh and Tyre", "residents of Kenscoff", "control of El Fasher".
  const beforeOf = prev?.folded === 'of' ? words[first - 2] : undefined;
  const singular = (x: string) => [x, x.replace(/s$/, ''), x.replace(/es$/, '')];
  if (beforeOf && !beforeOf.cap && (singular(beforeOf.folded).some((x) => PLACE_NOUNS.has(x)) || (PLACE_OF.has(beforeOf.folded) && !m.words[m.words.length - 1]!.possessive))) set('place', 4);
  // "seized Kiwanja", "shelled Kharkiv": what is captured or shelled is a place.
  if (prev && WORDS.placeVerbs.has(prev.folded) && /^\s+$/.test(gapBefore)) set('place', 3);
  const speaks = (next && WORDS.reportingVerbs.has(next.folded) && /^\s+$/.test(gapAfter)) || (prev && ['said', 'says', 'according'].includes(prev.folded));
  if (speaks) set('person', 2);
  return cues;
}
