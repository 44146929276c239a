// Rule: a country or demonym followed by a lowercase force ("the Syrian army", "the Pakistan
// army", "Indian police") names that country's force; a later bare "the army" or "police"
// refers back to it when the article names only one such force.
import type { Sentence } from '../../../document/index.js';
import { knownActor } from '../gazetteer.js';
import { DEMONYMS, WORDS } from '../lexicon.js';
import { makeMention, suggest, type Mention } from '../mention.js';
import type { Word } from '../words.js';
import { nameish } from './runs.js';

const QUALIFIED = new Set(['base', 'post', 'position', 'chief', 'unit', 'operation', 'vehicle', 'source', 'camp', 'convoy', 'patrol', 'helicopter', 'jet', 'drone', 'truck', 'checkpoint', 'barracks', 'station', 'headquarters', 'officer', 'official', 'commander', 'spokesman', 'spokeswoman', 'general', 'colonel', 'chief', 'intelligence', 'court', 'academy', 'hospital', 'uniform', 'uniforms', 'offensive', 'raid', 'action']);

/** The force word qualifies this noun ("army positions", "police officers"), so names no force. */
const qualifiesNoun = (after: Word) =>
  !after.cap && /^\s+$/.test(after.gap) && !WORDS.reportingVerbs.has(after.folded) && (WORDS.roleNouns.has(after.folded) || QUALIFIED.has(after.folded) || /[^s]s$/.test(after.folded));

export const FORCE_WORDS: Record<string, string> = { army: 'army', military: 'army', navy: 'navy', police: 'police' };

export function countryForces(sentence: Sentence, words: Word[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const force = words[i + 1]!;
    if (!FORCE_WORDS[force.folded] || force.cap || !/^\s+$/.test(force.gap)) continue;
    // "Russian military officers", "army positions": the force word qualifies a noun.
    const after = words[i + 2];
    if (after && qualifiesNoun(after)) continue;
    // "Sudan’s military" is the country's force; "Syrian’s army" is not English.
    const country = w.possessive ? (knownActor(w.text)?.kind === 'country' ? knownActor(w.text)!.country : undefined) : DEMONYMS.get(w.folded) ?? (knownActor(w.text)?.kind === 'country' ? knownActor(w.text)!.country : undefined);
    if (!country || !w.cap) continue;
    const text = sentence.text.slice(w.start - sentence.start, force.end - sentence.start);
    const m = makeMention(sentence, words, [w, force], text);
    m.country = country;
    m.nominal = FORCE_WORDS[force.folded];
    if (w.possessive) m.owned = true;
    suggest(m, 'organization', 8);
    out.push(m);
  }
  return out;
}

/** "Federal police", "the national police": a police force named by its level, not its country. */
const POLICE_LEVELS = new Set(['federal', 'national', 'state', 'provincial', 'regional', 'municipal', 'border', 'military']);

/**
 * Bare "army", "military", "police" words (lowercase), as candidate back-references, and police
 * named by their level ("Federal police"), which are a force of their own when no other is named.
 */
export function bareForces(sentence: Sentence, words: Word[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!FORCE_WORDS[w.folded] || w.cap) continue;
    const prev = words[i - 1];
    const after = words[i + 1];
    const qualifies = after && qualifiesNoun(after);
    if (prev && w.folded === 'police' && POLICE_LEVELS.has(prev.folded) && /^\s+$/.test(w.gap) && !qualifies) {
      const m = makeMention(sentence, words, [prev, w], sentence.text.slice(prev.start - sentence.start, w.end - sentence.start));
      m.nominal = 'police';
      m.level = true;
      suggest(m, 'organization', 8);
      out.push(m);
      continue;
    }
    if (prev && (DEMONYMS.has(prev.folded) || nameish(prev)) && /^\s+$/.test(w.gap)) continue;
    const m = makeMention(sentence, words, [w], w.text);
    m.nominal = FORCE_WORDS[w.folded];
    out.push(m);
  }
  return out;
}
