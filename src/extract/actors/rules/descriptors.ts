// Rule: a common noun that describes a name says its kind: before it ("local broadcaster Radyo
// Lakay", "the armed group CODECO", "the rights group Amnesty") or heading an appositive after
// it ("X, an alliance of the capital's gangs", "X, a Lagos-based research firm", "X, a village
// in Lubero").
import { DESCRIPTOR_NOUNS } from '../../../lexicon/kindNouns.js';
import type { ActorKind } from '../../../schema/result.js';
import type { Word } from '../words.js';

const MEDIA = new Set(DESCRIPTOR_NOUNS.media);
const GROUP = new Set(DESCRIPTOR_NOUNS.group);
const ORGANIZATION = new Set(DESCRIPTOR_NOUNS.organization);
const PLACE = new Set(DESCRIPTOR_NOUNS.place);
/** What makes a "group" an armed or political one rather than an association. */
const ARMED = new Set(['armed', 'militant', 'rebel', 'jihadist', 'islamist', 'insurgent', 'extremist', 'terrorist', 'separatist', 'paramilitary', 'vigilante', 'gang', 'militia', 'criminal', 'guerrilla', 'guerilla', 'splinter', 'opposition', 'political', 'jihadi', 'mercenary']);
const STOPS = new Set(['of', 'in', 'on', 'at', 'that', 'which', 'who', 'whose', 'with', 'for', 'from', 'to', 'and', 'or', 'by', 'near', 'based', 'since', 'whom']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
const MAX_APPOSITIVE = 6;

export interface Described {
  kind: ActorKind;
  strength: number;
}

/** The kind a head noun gives, looking at the word before it for "group", "station", "agency". */
function kindOfHead(head: Word, before: Word | undefined): ActorKind | null {
  const mod = before && !before.possessive ? before.folded : '';
  if (head.folded === 'group' || head.folded === 'groups') return ARMED.has(mod) ? 'group' : 'organization';
  if (head.folded === 'station') return ['radio', 'television', 'tv'].includes(mod) ? 'media' : null;
  if (head.folded === 'agency' && mod === 'news') return 'media';
  if (MEDIA.has(head.folded)) return 'media';
  if (GROUP.has(head.folded)) return 'group';
  if (ORGANIZATION.has(head.folded)) return 'organization';
  if (PLACE.has(head.folded)) return 'place';
  return null;
}

/** "broadcaster Radyo Lakay", "the armed group CODECO": a describing noun just before the name. */
export function describedBefore(words: Word[], first: number): Described | null {
  const head = words[first - 1];
  const name = words[first];
  if (!head || !name || head.cap || head.possessive || !/^\s+$/.test(name.gap)) return null;
  const kind = kindOfHead(head, words[first - 2]);
  // A place noun before a name is rarely how places are introduced ("the town Goma" aside).
  return kind && kind !== 'place' ? { kind, strength: 6 } : null;
}

/** ", an alliance of …", ", a Lagos-based research firm": the head noun of an appositive after the name. */
export function describedAfter(words: Word[], after: number): Described | null {
  const comma = words[after];
  if (!comma || !/^\s*,\s*$/.test(comma.gap)) return null;
  let i = after;
  if (!DETERMINERS.has(words[i]!.folded)) return null;
  i++;
  let head: number | null = null;
  for (; i < words.length && i - after <= MAX_APPOSITIVE; i++) {
    const w = words[i]!;
    if (!/^\s+$/.test(w.gap) || STOPS.has(w.folded) || (w.cap && !w.allCaps && !w.attributive)) break;
    head = i;
  }
  if (head === null) return null;
  const kind = kindOfHead(words[head]!, words[head - 1]);
  return kind ? { kind, strength: 5 } : null;
}
