// "Twelve people were killed", "three civilians, including two women, were martyred",
// "15-20 people were still missing", "Between 15 and 20 fishermen who had gone out to sea
// are missing", "hundreds injured", "14 dead": the victims, then what happened to them.
import type { Outcome } from '../../../schema/result.js';
import { isPlainVerb, tagsOf, type SentenceContext } from '../context.js';
import { isOutcomeWord, lexicon } from '../lexicon.js';
import { mentionEnd, readMention } from '../mention.js';
import type { Mention } from '../mention.js';
import { phrasePredicate } from '../phrasePredicates.js';
import type { LinkRule } from './types.js';
import type { Word } from '../words.js';

const MAX_APPOSITIVE = 15;
const MAX_RELATIVE = 20;
const MAX_AUX = 6;
const MAX_NAMING = 8;
const MAX_LONG_ASIDE = 30;
/** "lost their lives", "lost his life": the noun a "lives' savings" or "life savings" reading continues. */
const LIFE = new Set(['life', 'lives']);
const CLAUSE_END = new Set(['.', ';', '!', '?', ':']);
const SCENE = new Set(['scene', 'area', 'spot']);

/** Skips ", including two women," and ", police said," and "(CJTF)" after the victims. */
function skipAside(ctx: SentenceContext, k: number): number {
  const { words } = ctx;
  const w = words[k];
  if (!w) return k;
  if (w.text === '(') {
    for (let j = k + 1; j < Math.min(words.length, k + MAX_APPOSITIVE); j++) if (words[j]!.text === ')') return j + 1;
    return k;
  }
  if (w.text !== ',') return k;
  const part = lexicon.partMarkers.at(words, k + 1);
  let reporting = false;
  let plain = true;
  for (let j = k + 1; j < Math.min(words.length, k + MAX_APPOSITIVE); j++) {
    const x = words[j]!;
    if (CLAUSE_END.has(x.text)) return k;
    if (lexicon.reportingWords.has(x.lower)) reporting = true;
    if (x.kind === 'punct' && x.text !== ',' || lexicon.auxiliaries.has(x.lower) || lexicon.relativePronouns.has(x.lower) || isOutcomeWord(words, j)) plain = false;
    // ", including two women,", ", police said,", ", a man and his son,"
    if (x.text === ',') return part || (reporting && j - k <= 7) || (plain && j - k <= MAX_NAMING) ? j + 1 : k;
  }
  return k;
}

/** Skips "and five soldiers" in "Twenty-five militants and five soldiers were killed". */
function skipCoordinated(ctx: SentenceContext, k: number): number {
  const link = lexicon.coordinators.at(ctx.words, k) ?? (ctx.words[k]?.text === ',' ? { end: k + 1 } : null);
  if (!link) return k;
  // "A woman and her two children were killed": a possessive before the other figure.
  const other = readMention(ctx, link.end) ?? (lexicon.possessives.has(ctx.words[link.end]?.lower ?? '') ? readMention(ctx, link.end + 1) : null);
  return other ? mentionEnd(other) : k;
}

const PERFECT = new Set(['has', 'have', 'had', "'s"]);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

function hasObject(ctx: SentenceContext, k: number): boolean {
  const { words } = ctx;
  const w = words[k];
  if (!w) return false;
  // "shot and killed Trayvon Martin": a name as object (not a day, "killed Tuesday", nor a
  // capitalised headline, "10 KILLED IN BLAST").
  if (w.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(w.text) && !ctx.dateRanges.overlaps(w.start, w.end)) return true;
  return OBJECT_DETERMINERS.has(w.lower) && !lexicon.nonVictimNouns.has(words[k + 1]?.lower ?? '');
}

interface Predicate {
  outcome: Outcome;
  start: number;
  end: number;
}

/** Auxiliaries and adverbs, then a predicate: "were still", "had been", "have". `head`: the victims' head noun. */
function predicateAt(ctx: SentenceContext, k: number, needAux: boolean, head: string | null): Predicate | null {
  const { words } = ctx;
  let j = k;
  let aux = 0;
  while (j < words.length && j - k < MAX_AUX) {
    const w = words[j]!;
    if (w.kind === 'quote') { j++; continue; }
    if (w.kind === 'word' && (lexicon.auxiliaries.has(w.lower) || lexicon.adverbs.has(w.lower))) {
      if (lexicon.auxiliaries.has(w.lower)) aux++;
      j++;
      continue;
    }
    break;
  }
  if (needAux && !aux) return null;
  const p = lexicon.predicates.at(words, j) ?? phrasePredicate(words, j, head)
    // "three terrorists were sent to hell": killing words said only of perpetrators.
    ?? (head && lexicon.perpetrators.has(head) ? lexicon.perpetratorPredicates.at(words, j) : null);
  if (!p) return null;
  // "dead in the water", "killed off the bill", "died down": idioms, not losses.
  if (continuesAsNoun(ctx, p.end) || lexicon.notLosses.at(words, p.start)) return null;
  // "gunmen killed 5 people": an active verb with its own object is not our predicate.
  if (!aux && readMention(ctx, p.end)) return null;
  // "the senator killed the bill": an active verb with an object of its own says what the
  // subject did, not what happened to it ("killed a day later" is no object).
  if (!aux && lexicon.verbsBefore.at(words, p.start) && hasObject(ctx, p.end)) return null;
  // "has taken the lead", "Trump has seized on": a perfect, not a passive, is what the subject did.
  if (p.end - p.start === 1 && lexicon.passiveOnly.has(words[p.start]!.lower) && PERFECT.has(words[p.start - 1]?.lower ?? '')) return null;
  // "were taken" alone is an abduction; "taken to hospital", "taken into custody" (own
  // phrases) and "taken seriously" are not.
  if (p.end - p.start === 1 && words[p.start]!.lower === 'taken') {
    const next = words[p.end];
    if (!aux || (next?.kind === 'word' && lexicon.takenElsewhere.has(next.lower))) return null;
  }
  if (p.value === 'displaced' && /^fle/.test(words[p.start]!.lower)) {
    // "the attackers fled the scene" is an escape, not a displacement.
    const next = words[p.end]?.lower === 'the' ? words[p.end + 1] : words[p.end];
    if (next && SCENE.has(next.lower)) return null;
  }
  return { outcome: p.value, start: p.start, end: p.end };
}

/** "lost their lives' savings", "lost their life savings": the predicate's last noun modifies another. */
function continuesAsNoun(ctx: SentenceContext, end: number): boolean {
  const { words } = ctx;
  const last = words[end - 1]!;
  if (!LIFE.has(last.lower)) return false;
  const next = words[end];
  if (next?.kind === 'quote' && next.start === last.end) return words[end + 1]?.kind === 'word';
  const tags = tagsOf(ctx, end);
  return next?.kind === 'word' && tags.has('Noun') && !tags.has('Date') && !tags.has('Pronoun') && !tags.has('ProperNoun') && !lexicon.nounPhraseStops.has(next.lower);
}

/** "Nine passengers, among them a judge who had been travelling home for the holidays, lost
 * their lives": a comma-delimited aside of any shape, then the predicate right after its closing comma. */
function afterLongAside(ctx: SentenceContext, k: number, head: string | null): Predicate | null {
  const { words } = ctx;
  if (words[k]?.text !== ',') return null;
  for (let j = k + 1; j < Math.min(words.length, k + MAX_LONG_ASIDE); j++) {
    if (CLAUSE_END.has(words[j]!.text)) return null;
    if (words[j]!.text !== ',') continue;
    const p = predicateAt(ctx, j + 1, false, head);
    if (p) return p;
  }
  return null;
}

/** "grazing", "travelling": an -ing verb opening a participle phrase after the victims. */
function isGerund(ctx: SentenceContext, i: number): boolean {
  const w = ctx.words[i];
  if (!w || w.kind !== 'word' || !w.lower.endsWith('ing')) return false;
  const tags = tagsOf(ctx, i);
  return tags.has('Gerund') || (tags.has('Verb') && !tags.has('Noun'));
}

/** "accused of", "trapped in": a past participle opening a reduced relative clause. */
function isParticipleOpener(ctx: SentenceContext, i: number): boolean {
  const w = ctx.words[i];
  if (!w || w.kind !== 'word' || !/(?:ed|en)$/.test(w.lower)) return false;
  const tags = tagsOf(ctx, i);
  return (tags.has('PastTense') || tags.has('Participle')) && tagsOf(ctx, i + 1).has('Preposition');
}

/** A relative clause, "20 fishermen who had gone out to sea ... are missing", or a participle
 * phrase, "a shepherd grazing his flock near the post was killed", "two men accused of theft
 * were lynched", then an auxiliary and the predicate. After a comma only a predicate right
 * after a comma counts (afterLongAside), so "…, who survived, told reporters the driver was
 * killed" does not reach into another clause. */
function afterClause(ctx: SentenceContext, k: number, m: Mention): Predicate | null {
  const { words } = ctx;
  const head = m.victims.head;
  const rel = words[k]?.text === ',' ? k + 1 : k;
  const w = words[rel];
  if (!w || !(lexicon.relativePronouns.has(w.lower) || isGerund(ctx, rel) || (rel === k && isParticipleOpener(ctx, rel)))) return null;
  // "Patricia Smith, whose son was killed": the loss is someone else's. "told Trump that he
  // is …": after a name, "that" opens a reported clause, not a relative one.
  if (w.lower === 'whose' || (m.named && w.lower === 'that')) return null;
  for (let j = rel + 1; j < Math.min(words.length, rel + MAX_RELATIVE); j++) {
    if (CLAUSE_END.has(words[j]!.text)) break;
    if (words[j]!.text === ',') return afterLongAside(ctx, j, head);
    const p = predicateAt(ctx, j, true, head);
    if (p) return p;
  }
  return null;
}

/** "150 families from the border hamlets have migrated": a prepositional phrase (no verb in
 * it), then an auxiliary and the predicate. */
function afterPhrase(ctx: SentenceContext, k: number, head: string | null): Predicate | null {
  const { words } = ctx;
  const opener = lexicon.postmodifiers.at(words, k);
  if (!opener) return null;
  for (let j = opener.end; j < Math.min(words.length, opener.end + MAX_APPOSITIVE); j++) {
    const p = predicateAt(ctx, j, true, head);
    if (p) return p;
    if (words[j]!.kind === 'punct' || isPlainVerb(ctx, j)) break;
  }
  return null;
}

function isPerpetrator(m: Mention): boolean {
  return !!m.victims.head && lexicon.perpetrators.has(m.victims.head);
}

export const predicateAfter: LinkRule = (ctx, m) => {
  const { words } = ctx;
  const end = Math.max(m.end, m.victims.next);
  let k = end;
  for (let step = 0; step < 4; step++) {
    const next = skipCoordinated(ctx, skipAside(ctx, k));
    if (next === k) break;
    k = next;
  }
  const head = m.victims.head;
  const p = predicateAt(ctx, k, false, head) ?? afterClause(ctx, k, m) ?? afterPhrase(ctx, k, head) ?? afterLongAside(ctx, k, head) ?? (k !== end ? afterLongAside(ctx, end, head) : null);
  if (!p) return null;
  if (p.outcome === 'displaced' && isPerpetrator(m)) return null;
  // "nine children were among the dead": a part of a total given earlier.
  return { outcome: p.outcome, from: m.start, to: p.end, breakdown: words[p.start]!.lower === 'among' };
};
