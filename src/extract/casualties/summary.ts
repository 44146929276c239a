// summary.casualties: per outcome, the document's total counting each victim once.
//  - breakdowns (partOf) are not added to their totals;
//  - headline figures count only when the body gives none for that outcome;
//  - running totals of a conflict count only when the text gives no event figure;
//  - a figure referred back to ("the 12 victims") is not added again;
//  - an updated toll ("bringing the death toll to 25") replaces a smaller sum;
//  - competing figures (same outcome, the same victims, different sources — or a source
//    and the text itself in one paragraph) count once, the most conservative;
//  - everything else is a distinct victim group and is added.
import type { Casualty, Outcome, Summary } from '../../schema/result.js';
import { lexicon } from './lexicon.js';
import { singular } from './nouns.js';

const DETERMINERS = /^(?:the|these|those|their|his|her|its|a|an)\s+/;

interface VictimKey {
  head: string;
  /** "people", "victims": may be anyone but the attackers. */
  generic: boolean;
  perpetrators: boolean;
  names: Set<string>;
}

/** Head noun (singular) and capitalised modifiers ("Pakistani", "Indian") of a victims text. */
function keyOf(victims: string | null): VictimKey | null {
  if (!victims) return null;
  const text = victims.replace(/[“”"‘’']/g, '').replace(DETERMINERS, '').trim();
  const beforeOf = text.split(/\s+of\s+/)[0]!;
  const words = beforeOf.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!last) return null;
  const names = new Set(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  return { head: singular(last), generic: lexicon.genericVictims.has(last), perpetrators: words.some((w) => lexicon.perpetrators.has(w.toLowerCase())), names };
}

const isOthers = (c: Casualty) => /^(?:the\s+)?others?$/i.test(c.victims?.trim() ?? '');
// "Two more died" adds; "more than 70" is a bound, not an addition.
const ADDITIVE = /\b(?:more(?!\s+than\b)|another|later|also|further|additional|subsequently|again)\b/i;

/** What the comparisons need about one figure, computed once. */
interface Facts {
  item: Casualty;
  others: boolean;
  key: VictimKey | null;
  additive: boolean;
  source: string | null;
}

const factsOf = (item: Casualty): Facts => ({
  item,
  others: isOthers(item),
  key: keyOf(item.victims),
  additive: ADDITIVE.test(item.span.text),
  source: item.source ? (item.source.actor ? `actor:${item.source.actor}` : `name:${item.source.name.toLowerCase()}`) : null,
});

function sameVictimFacts(a: Facts, b: Facts): boolean {
  if (a.others || b.others) return false;
  const x = a.key;
  const y = b.key;
  if (!x || !y) return true;
  if (x.generic || y.generic) return !x.perpetrators && !y.perpetrators;
  if (x.head !== y.head) return false;
  if (x.names.size && y.names.size && ![...x.names].some((n) => y.names.has(n))) return false;
  return true;
}

/** Could the two figures be about the same people? */
export const sameVictims = (a: Casualty, b: Casualty): boolean => sameVictimFacts(factsOf(a), factsOf(b));

const sameParagraph = (a: Casualty, b: Casualty) => a.span.line <= b.span.endLine && b.span.line <= a.span.endLine;

export interface GroupOptions {
  /**
   * The figures are known to be about one event (an incident): a source's figure and the
   * text's own compete wherever they stand, not only within one paragraph.
   */
  oneEvent?: boolean;
}

/**
 * Two figures that could compete: from two different sources, or from a source and the
 * text itself within one paragraph. "Two more died later" adds to a figure, never competes.
 */
function rivalSources(a: Facts, b: Facts, options: GroupOptions): boolean {
  if (a.additive || b.additive) return false;
  if (!a.source && !b.source) return false;
  if (!a.source || !b.source) return options.oneEvent || sameParagraph(a.item, b.item);
  if (a.item.source!.actor && b.item.source!.actor) return a.source !== b.source;
  return a.item.source!.name.toLowerCase() !== b.item.source!.name.toLowerCase();
}


/** The figure that claims fewest victims. */
function mostConservative(items: Casualty[]): Casualty {
  const key = (c: Casualty) => c.count.low ?? c.count.high ?? 0;
  return items.reduce((best, c) => (key(c) < key(best) || (key(c) === key(best) && (c.count.high ?? Infinity) < (best.count.high ?? Infinity)) ? c : best));
}

/**
 * Repeats and competing figures of an event are reported near each other; looking
 * further back than this many figures only makes hostile input (thousands of
 * figures in one document) quadratic.
 */
const LOOK_BACK = 64;

/** The figures of one outcome that count, one per distinct victim group. */
export const countedFigures = (items: Casualty[], options: GroupOptions = {}): Casualty[] =>
  figureGroups(items, options).map((g) => mostConservative(competing(g)));

const lowOf = (c: Casualty) => c.count.low ?? c.count.high ?? 0;

/**
 * The figures of one group that really compete. "More than 70 people have been killed …
 * The Taliban claimed to have killed dozens of soldiers": a side's smaller figure for a
 * narrower group (soldiers) is a part of the article's own toll for everyone (people),
 * not a rival toll. (A side's toll for everyone does rival the article's narrower one.)
 */
export function competing(group: Casualty[]): Casualty[] {
  const everyone = group.filter((c) => keyOf(c.victims)?.generic);
  const rivals = group.filter((c) => {
    const key = keyOf(c.victims);
    if (!key || key.generic) return true;
    return !(c.source && everyone.some((g) => !g.source && lowOf(g) > lowOf(c)));
  });
  return rivals.length ? rivals : group;
}

/**
 * The figures of one outcome grouped by victims: one group per distinct victim group,
 * holding the competing figures for it (most often one).
 */
export function figureGroups(items: Casualty[], options: GroupOptions = {}): Casualty[][] {
  let pool = items.filter((c) => !c.partOf);
  const body = pool.filter((c) => c.scope !== 'headline');
  if (body.length) pool = body;
  const events = pool.filter((c) => c.scope !== 'cumulative');
  if (events.length) pool = events;
  pool = pool.filter((c) => c.scope !== 'total');

  const kept: Facts[] = [];
  const seen = new Map<string, Facts[]>();
  for (const c of pool.map(factsOf)) {
    const figure = `${c.item.count.low}/${c.item.count.high}`;
    const same = seen.get(figure) ?? [];
    if (c.item.scope === 'repeat' && same.slice(-LOOK_BACK).some((k) => sameVictimFacts(k, c))) continue;
    same.push(c);
    seen.set(figure, same);
    kept.push(c);
  }

  // Competing claims: a figure joins the first group whose every member is about the
  // same victims and comes from a rival source.
  const groups: Facts[][] = [];
  for (const c of kept) {
    const group = c.additive ? undefined : groups.slice(-LOOK_BACK).find((g) => g.every((o) => rivalSources(o, c, options) && sameVictimFacts(o, c)));
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => g.map((f) => f.item));
}

export function summarize(casualties: Casualty[], options: GroupOptions = {}): Summary['casualties'] {
  const out: Summary['casualties'] = {};
  // A share ("40 percent of the residents") has no count to add.
  const counted = casualties.filter((c) => !c.share);
  const outcomes = [...new Set(counted.map((c) => c.outcome))] as Outcome[];
  for (const outcome of outcomes) {
    const ofOutcome = counted.filter((c) => c.outcome === outcome);
    const figures = countedFigures(ofOutcome, options);
    const lows = figures.map((c) => c.count.low);
    let low = lows.every((l) => l === null) ? null : lows.reduce<number>((s, l) => s + (l ?? 0), 0);
    let high = !figures.length || figures.some((c) => c.count.high === null) ? null : figures.reduce((s, c) => s + c.count.high!, 0);
    // An updated toll ("bringing the death toll to 25") already includes the figures before it.
    for (const t of ofOutcome.filter((c) => c.scope === 'total' && !c.partOf)) {
      if (t.count.low !== null && (low === null || t.count.low >= low)) {
        low = t.count.low;
        high = t.count.high;
      }
    }
    if (low === null && high === null && !figures.length) continue;
    out[outcome] = { low, high };
  }
  return out;
}
