// summary.casualties: per outcome, the document's total counting each victim once.
//  - breakdowns (partOf) are not added to their totals;
//  - headline figures count only when the body gives none for that outcome;
//  - running totals of a conflict count only when the text gives no event figure;
//  - a figure referred back to ("the 12 victims") is not added again;
//  - competing figures (same outcome, the same victims, different sources) count once,
//    the most conservative;
//  - everything else is a distinct victim group and is added.
import type { Casualty, Outcome, Summary } from '../../schema/result.js';
import { lexicon } from './lexicon.js';

const DETERMINERS = /^(?:the|these|those|their|his|her|its|a|an)\s+/;

function singular(word: string): string {
  if (/(?:ss|us)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/men$/.test(word)) return word.slice(0, -3) + 'man';
  if (/ren$/.test(word)) return word.slice(0, -3);
  if (/(?:ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

interface VictimKey {
  head: string;
  generic: boolean;
  names: Set<string>;
}

/** Head noun (singular) and capitalised modifiers ("Pakistani", "Indian") of a victims text. */
function keyOf(victims: string | null): VictimKey | null {
  if (!victims) return null;
  const text = victims.replace(/[“”"‘’']/g, '').replace(DETERMINERS, '').trim();
  const beforeOf = text.split(/\s+of\s+/)[0]!;
  const words = beforeOf.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!last || last === 'others') return null;
  const names = new Set(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  return { head: singular(last), generic: lexicon.genericVictims.has(last), names };
}

/** Could the two figures be about the same people? */
export function sameVictims(a: Casualty, b: Casualty): boolean {
  if (a.victims?.trim().toLowerCase() === 'others' || b.victims?.trim().toLowerCase() === 'others') return false;
  const x = keyOf(a.victims);
  const y = keyOf(b.victims);
  if (!x || !y) return true;
  if (x.generic && y.generic) return true;
  if (x.head !== y.head) return false;
  if (x.names.size && y.names.size && ![...x.names].some((n) => y.names.has(n))) return false;
  return true;
}

function differentSources(a: Casualty, b: Casualty): boolean {
  if (!a.source || !b.source) return false;
  if (a.source.actor && b.source.actor) return a.source.actor !== b.source.actor;
  return a.source.name.toLowerCase() !== b.source.name.toLowerCase();
}

const sameFigure = (a: Casualty, b: Casualty) => a.count.low === b.count.low && a.count.high === b.count.high;

/** The figure that claims fewest victims. */
function mostConservative(items: Casualty[]): Casualty {
  const key = (c: Casualty) => c.count.low ?? c.count.high ?? 0;
  return items.reduce((best, c) => (key(c) < key(best) || (key(c) === key(best) && (c.count.high ?? Infinity) < (best.count.high ?? Infinity)) ? c : best));
}

/** The figures of one outcome that count, one per distinct victim group. */
export function countedFigures(items: Casualty[]): Casualty[] {
  let pool = items.filter((c) => !c.partOf);
  const body = pool.filter((c) => c.scope !== 'headline');
  if (body.length) pool = body;
  const events = pool.filter((c) => c.scope !== 'cumulative');
  if (events.length) pool = events;

  const kept: Casualty[] = [];
  for (const c of pool) {
    if (c.scope === 'repeat' && kept.some((k) => sameFigure(k, c) && sameVictims(k, c))) continue;
    kept.push(c);
  }

  // Competing claims: group figures linked by "same victims, different sources".
  const group = kept.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      if (differentSources(kept[i]!, kept[j]!) && sameVictims(kept[i]!, kept[j]!)) group[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Casualty[]>();
  kept.forEach((c, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), c]);
  });
  return [...groups.values()].map(mostConservative);
}

export function summarize(casualties: Casualty[]): Summary['casualties'] {
  const out: Summary['casualties'] = {};
  const outcomes = [...new Set(casualties.map((c) => c.outcome))] as Outcome[];
  for (const outcome of outcomes) {
    const figures = countedFigures(casualties.filter((c) => c.outcome === outcome));
    if (!figures.length) continue;
    const lows = figures.map((c) => c.count.low);
    const low = lows.every((l) => l === null) ? null : lows.reduce<number>((s, l) => s + (l ?? 0), 0);
    const high = figures.some((c) => c.count.high === null) ? null : figures.reduce((s, c) => s + c.count.high!, 0);
    out[outcome] = { low, high };
  }
  return out;
}
