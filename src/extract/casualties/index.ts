// Casualties: reported human losses with bounds, victims and source.
//
// Per sentence: split into words (words.ts), read every mention of people (a figure or
// one person, mention.ts) that is not a date, age, sum or other count
// (rules/notAFigure.ts), then link it to an outcome with the first rule that fits
// (rules/index.ts). Items then get victims, their actor, a source and a date.
import { RangeIndex } from '../../util/rangeIndex.js';
import type { Document, Sentence } from '../../document/index.js';
import { SpanLookup } from '../../util/spanLookup.js';
import type { Actor, Attribution, Casualty, DateItem, Outcome, Quote } from '../../schema/result.js';
import { ActorIndex } from '../actorIndex.js';
import { calendarDatesIn, calendarLookup } from '../claims/rules/sentenceDates.js';
import { attributeSentence } from '../attribution/index.js';
import type { Found } from '../types.js';
import { backReferenceDrafts } from './backReference.js';
import { linkBreakdowns } from './breakdown.js';
import { tagsOf, type SentenceContext } from './context.js';
import { lexicon } from './lexicon.js';
import { mentionEnd, readMention, type Mention } from './mention.js';
import { partitiveOutcome } from './rules/breakdownOf.js';
import { LINK_RULES } from './rules/index.js';
import type { Draft, Link } from './rules/types.js';
import { contrastingTollSubject } from './rivalSource.js';
import { scopeOf, type Scope } from './scope.js';
import { PARTITIVE_PRONOUNS, victimsText } from './victims.js';
import { wordsOf } from './words.js';

export { summarize as summarizeCasualties } from './summary.js';

interface SentenceDrafts {
  ctx: SentenceContext;
  drafts: Draft[];
}


/**
 * "52 were wounded … nearly 20 of them are in critical condition", "three of the wounded were
 * in a serious condition": a partitive whose outcome is its group's is a part of that group.
 * ("Two of the injured later died" is a new figure: another outcome.)
 */
function isPartitiveBreakdown(ctx: SentenceContext, m: Mention, outcome: Outcome): boolean {
  if (!m.victims.partitive) return false;
  if (m.victims.head && PARTITIVE_PRONOUNS.has(m.victims.head)) return true;
  return partitiveOutcome(ctx, m) === outcome;
}

/** A named person counts when killed, wounded, abducted or arrested, by a verb or predicate
 * (not "Snowden lives"), and not when "hurt" or "taken" ("Clinton was hurt by the emails",
 * "Cruz has taken the lead"); a share counts only for displacement ("40 percent of the
 * residents have fled", not "killed 81 percent of victims", a statistic). */
function countsFor(ctx: SentenceContext, m: Mention, rule: string, link: Link): boolean {
  if (m.kind === 'share') return lexicon.shareOutcomes.has(link.outcome);
  if (!m.named) return true;
  if (!lexicon.namedVictimOutcomes.has(link.outcome) || rule === 'nounAfter') return false;
  return !ctx.words.slice(link.from, link.to).some((w) => lexicon.namedVictimNotWords.has(w.lower));
}

/** Every linked mention in one sentence, in order. */
export function draftsOf(ctx: SentenceContext): Draft[] {
  const drafts: Draft[] = [];
  const { words } = ctx;
  for (let i = 0; i < words.length;) {
    const m = readMention(ctx, i);
    if (!m) {
      i++;
      continue;
    }
    let linked = false;
    if (!(m.low === 0 && m.high === 0)) {
      for (const [name, rule] of LINK_RULES) {
        const link = rule(ctx, m, drafts);
        if (!link) continue;
        if (!countsFor(ctx, m, name, link)) break;
        const breakdown = link.breakdown || isPartitiveBreakdown(ctx, m, link.outcome);
        drafts.push({ mention: m, outcome: link.outcome, from: Math.min(link.from, m.start), to: Math.max(link.to, m.end), partOf: link.partOf ?? null, rule: name, breakdown });
        linked = true;
        break;
      }
    }
    // A name the actors extractor took too long ("Dad Killed Himself") may hide a mention.
    i = linked ? mentionEnd(m) : m.named ? i + 1 : m.end;
  }
  return drafts;
}

function contextOf(doc: Document, sentence: Sentence, dateRanges: RangeIndex, personNames: Map<number, number>): SentenceContext {
  return { doc, sentence, words: wordsOf(sentence.text, sentence.start), dateRanges, personNames };
}

/** Where each person the actors extractor found is named (UTF-16 start → end). */
function personNamesOf(doc: Document, actors: Actor[]): Map<number, number> {
  const names = new Map<number, number>();
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    for (const m of a.mentions) names.set(doc.lines.fromCodePoint(m.start), doc.lines.fromCodePoint(m.end));
  }
  return names;
}

const ANTECEDENT_WINDOW = 40;

/** "killed 17 of them": the plural noun "them" stands for, read back in the sentence. */
function antecedent(ctx: SentenceContext, before: number): string | null {
  for (let j = before - 1; j >= Math.max(0, before - ANTECEDENT_WINDOW); j--) {
    const w = ctx.words[j]!;
    if (w.kind !== 'word' || lexicon.genericVictims.has(w.lower)) continue;
    const tags = tagsOf(ctx, j);
    if (tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun')) return w.text;
  }
  return null;
}

function victimsOf(ctx: SentenceContext, d: Draft): { text: string | null; start: number; end: number } | null {
  const v = d.mention.victims;
  const text = victimsText(ctx, v);
  if (!text) return null;
  const start = ctx.words[v.start]!.start;
  const end = ctx.words[v.end - 1]!.end;
  if (v.partitive && v.end - v.start === 1 && (v.head === 'them' || v.head === 'whom' || v.head === 'those')) {
    return { text: antecedent(ctx, d.mention.start) ?? text, start, end };
  }
  return { text, start, end };
}

const OPENING = /[“‘«]/g;
const CLOSING = /[”’»]/g;

/** Widens [start, end) by one quote mark on a side where the span holds an unmatched one. */
function balanceQuotes(text: string, start: number, end: number): [number, number] {
  const inside = text.slice(start, end);
  const opens = inside.match(OPENING)?.length ?? 0;
  const closes = inside.match(CLOSING)?.length ?? 0;
  if (opens > closes && /[”’»]/.test(text[end] ?? '')) return [start, end + 1];
  if (closes > opens && /[“‘«]/.test(text[start - 1] ?? '')) return [start - 1, end];
  return [start, end];
}

/** Items found earlier, by their code-point spans. */
const lookupOf = <T extends { span: { start: number; end: number } }>(items: T[]) =>
  new SpanLookup(items.map((item) => ({ item, start: item.span.start, end: item.span.end })));

/** The speaker when the figure sits inside a quotation. */
function quotedSpeaker(doc: Document, quotes: SpanLookup<Quote>, offset: number): Attribution | null {
  const cp = doc.lines.toCodePoint(offset);
  return quotes.overlapping(cp, cp + 1).find((q) => q.item.speaker)?.item.speaker ?? null;
}

const REPORTED_ON = /\b(?:said|says|statement|told|reported|announced|added|confirmed|claimed|posted)\b[^.;]{0,25}$/i;

/** How far (code points) from a figure a date in its sentence may be and still date it. */
const EVENT_DATE_WINDOW = 400;

/** The DATE in the sentence that dates the event: not the day a statement was made, nor the start of a state ("since 2021"), nearest the figure. */
function eventDate(doc: Document, sentence: Sentence, dates: SpanLookup<DateItem>, at: number, figureEnd: number, notEvents: Set<string>): string | null {
  const target = doc.lines.toCodePoint(at);
  let best: { id: string; distance: number } | null = null;
  // Only dates near the figure: a run-on "sentence" of thousands of figures and dates
  // must not make this quadratic, and a date that far away does not date the figure.
  const from = Math.max(doc.lines.toCodePoint(sentence.start), target - EVENT_DATE_WINDOW);
  const to = Math.min(doc.lines.toCodePoint(sentence.end), target + EVENT_DATE_WINDOW);
  for (const { item: d } of dates.overlapping(from, to)) {
    if (d.span.start < from || d.span.end > to) continue;
    if ((d.type !== 'DATE' && d.type !== 'TIME') || notEvents.has(d.id)) continue;
    const start16 = doc.lines.fromCodePoint(d.span.start);
    if (REPORTED_ON.test(doc.text.slice(Math.max(sentence.start, start16 - 40), start16))) continue;
    // The gap between the date and the figure: "killed 3 soldiers on Monday and 5 civilians
    // on Wednesday" dates the 5 by Wednesday, just after its victims.
    const distance = d.span.start >= figureEnd ? d.span.start - figureEnd : Math.abs(target - d.span.end);
    if (!best || distance < best.distance) best = { id: d.id, distance };
  }
  return best?.id ?? null;
}

export function extractCasualties(doc: Document, found: Pick<Found, 'dates' | 'actors' | 'quotes'>): Casualty[] {
  const dateRanges = new RangeIndex(found.dates.map((d) => [doc.lines.fromCodePoint(d.span.start), doc.lines.fromCodePoint(d.span.end)] as const));
  const actorIndex = new ActorIndex(doc, found.actors);
  const personNames = personNamesOf(doc, found.actors);
  const quotes = lookupOf(found.quotes);
  const dates = lookupOf(found.dates);
  const calendar = calendarLookup(doc, found.dates);
  const backgroundDates = (sentence: Sentence) => new Set(calendarDatesIn(doc, sentence, calendar).filter((d) => d.background).map((d) => d.item.id));
  const perSentence: SentenceDrafts[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.role === 'byline') continue;
    const ctx = contextOf(doc, sentence, dateRanges, personNames);
    let drafts = draftsOf(ctx);
    const last = perSentence[perSentence.length - 1];
    if (!drafts.length && last && last.ctx.sentence.index === sentence.index - 1) {
      drafts = backReferenceDrafts(ctx, last.drafts[last.drafts.length - 1]!);
    }
    if (drafts.length) perSentence.push({ ctx, drafts });
  }
  linkBreakdowns(perSentence);

  const made: Array<{ draft: Draft; item: Casualty }> = [];
  for (const { ctx, drafts } of perSentence) {
    let attribution: Attribution | null | undefined;
    let notEvents: Set<string> | undefined;
    let previous: { draft: Draft; scope: Scope } | undefined;
    for (const d of drafts) {
      const scope = scopeOf(ctx, d, previous);
      previous = { draft: d, scope };
      const { words } = ctx;
      const [start, end] = balanceQuotes(doc.text, words[d.from]!.start, words[d.to - 1]!.end);
      const countStart = words[d.mention.start]!.start;
      const victims = victimsOf(ctx, d);
      // Actors are names: victims without a capital letter cannot match one.
      const actor = victims && /\p{Lu}/u.test(victims.text ?? '') ? actorIndex.at(victims.start, victims.end) : undefined;
      const tollSource = (draft: Draft): Attribution | null => {
        const subject = contrastingTollSubject(ctx, draft);
        return subject ? { name: subject.name, actor: actorIndex.at(subject.start, subject.end)?.id ?? null } : null;
      };
      if (attribution === undefined) {
        const a = attributeSentence(doc, ctx.sentence, found.actors);
        attribution = a ? { name: a.name, actor: a.actor } : null;
      }
      made.push({
        draft: d,
        item: {
          id: '',
          outcome: d.outcome,
          count: { low: d.mention.low, high: d.mention.high, text: doc.text.slice(countStart, words[d.mention.end - 1]!.end), approximate: d.mention.approximate },
          ...(d.mention.share ? { share: d.mention.share } : {}),
          victims: victims?.text ?? null,
          victimActor: actor?.id ?? null,
          source: quotedSpeaker(doc, quotes, countStart) ?? tollSource(d) ?? attribution,
          date: eventDate(doc, ctx.sentence, dates, countStart, doc.lines.toCodePoint(end), (notEvents ??= backgroundDates(ctx.sentence))),
          partOf: null,
          scope,
          span: doc.span(start, end),
        },
      });
    }
  }
  made.sort((a, b) => a.item.span.start - b.item.span.start || a.draft.mention.start - b.draft.mention.start);
  made.forEach((m, i) => { m.item.id = `c${i + 1}`; });
  const idOf = new Map(made.map((m) => [m.draft, m.item.id]));
  for (const m of made) m.item.partOf = m.draft.partOf ? idOf.get(m.draft.partOf) ?? null : null;
  return made.map((m) => m.item);
}
