// Incidents: the real-world events an article reports, each grouping the casualty
// figures, claims and sources about one event (same or compatible date, same place,
// same victims), and the events it only recalls (scope "background": earlier attacks,
// anniversaries, running tolls of a conflict).
//
// 1. Every casualty figure becomes a Figure (figure.ts): its sentence, the words of its
//    phrase before it, its date.
// 2. The anchor is the date of the first figure the text reports as news; background
//    figures are found by rules/background.ts.
// 3. Reported figures are grouped in text order: a figure joins the current incident
//    unless rules/split.ts says it is another event (then it joins an earlier incident of
//    its day, or opens one). Headline figures join the first incident, breakdowns their
//    total's. Background figures are grouped by sentence and date.
// 4. Each incident gets its figures (figures.ts), place and actors (participants.ts),
//    the claims holding its figures and the sources behind them.
import type { Document } from '../../document/index.js';
import type { Attribution, Claim, DateItem, Incident } from '../../schema/result.js';
import { compatible, parseDateValue, type ParsedDate } from '../../timeline/dateValue.js';
import type { Found } from '../types.js';
import { calendarOf, figureOf, type Figure } from './figure.js';
import { figuresOf } from './figures.js';
import { ActorMentions, participantsOf } from './participants.js';
import { isBackground, recalledEvent, runningTotal } from './rules/background.js';
import { startsAnotherIncident } from './rules/split.js';

export { summarizeIncidents } from './figures.js';

interface Draft {
  scope: Incident['scope'];
  figures: Figure[];
  day: ParsedDate | null;
  date: DateItem | null;
}

const newDraft = (scope: Incident['scope']): Draft => ({ scope, figures: [], day: null, date: null });

function add(draft: Draft, f: Figure): void {
  draft.figures.push(f);
  if (!draft.day && f.day && !f.toll) {
    draft.day = f.day;
    draft.date = f.date;
  }
}

/** The date of the first figure the text reports as news (not a recalled one). */
function anchorOf(figures: Figure[]): ParsedDate | null {
  const first = figures.find((f) => f.day && !f.toll && f.item.scope !== 'headline' && !f.item.partOf && !runningTotal(f, f.day) && !recalledEvent(f, f.day));
  return first?.day ?? null;
}

/**
 * An undated figure belongs to the incident told in its paragraph; further on, an article
 * comes back to its lead event ("Islamic State claimed the attack, saying it killed 14").
 */
function nearLast(d: Draft, f: Figure): boolean {
  const last = d.figures[d.figures.length - 1];
  return !last || (!!last.sentence && !!f.sentence && last.sentence.paragraph === f.sentence.paragraph);
}

/** Groups the figures into incidents: reported ones by date and cues, background ones by sentence and date. */
function group(figures: Figure[], reference: ParsedDate | null): Draft[] {
  const anchor = anchorOf(figures);
  const drafts: Draft[] = [];
  const ofCasualty = new Map<string, Draft>();
  let current: Draft | undefined;
  let background: Draft | undefined;
  const headlines: Figure[] = [];
  const parts: Figure[] = [];
  for (const f of figures) {
    if (f.item.partOf) {
      parts.push(f);
      continue;
    }
    if (f.item.scope === 'headline') {
      headlines.push(f);
      continue;
    }
    let target: Draft;
    if (isBackground(f, anchor, reference)) {
      const last = background?.figures[background.figures.length - 1];
      const together = background && last && (last.sentence === f.sentence || (background.day && f.day && compatible(background.day, f.day)));
      target = together ? background! : (background = newDraft('background'));
    } else if (!current || startsAnotherIncident(f, current)) {
      target = (f.day && drafts.find((d) => d.scope === 'incident' && d.day && compatible(d.day, f.day!))) || newDraft('incident');
      current = target;
    } else target = f.day || nearLast(current, f) ? current : drafts.find((d) => d.scope === 'incident')!;
    if (!drafts.includes(target)) drafts.push(target);
    add(target, f);
    ofCasualty.set(f.item.id, target);
  }
  if (headlines.length) {
    let lead = drafts.find((d) => d.scope === 'incident');
    if (!lead) drafts.push((lead = newDraft('incident')));
    for (const f of headlines) {
      add(lead, f);
      ofCasualty.set(f.item.id, lead);
    }
  }
  for (const f of parts) {
    const total = ofCasualty.get(f.item.partOf!);
    if (total) add(total, f);
  }
  return drafts;
}

function sourcesOf(figures: Figure[], claims: Claim[]): Attribution[] {
  const out = new Map<string, Attribution>();
  for (const source of [...figures.map((f) => f.item.source), ...claims.map((k) => k.source)]) {
    if (!source) continue;
    const key = source.actor ?? `name:${source.name.toLowerCase()}`;
    if (!out.has(key)) out.set(key, { name: source.name, actor: source.actor });
  }
  return [...out.values()];
}

export function extractIncidents(doc: Document, found: Found & { claims: Claim[] }): Incident[] {
  const dates = new Map(found.dates.map((d) => [d.id, d]));
  const claimOf = new Map(found.claims.flatMap((k) => k.casualties.map((id) => [id, k] as const)));
  const calendar = calendarOf(doc, found.dates);
  const figures = found.casualties.map((c) => figureOf(doc, c, dates, claimOf.get(c.id)?.date ?? null, calendar));
  const drafts = group(figures, parseDateValue(doc.referenceDate));
  const first = (d: Draft) => Math.min(...d.figures.map((f) => f.item.span.start));
  drafts.sort((a, b) => first(a) - first(b));

  const incidentOf = new Map<string, number>();
  drafts.forEach((d, i) => d.figures.forEach((f) => incidentOf.set(f.item.id, i)));
  const claimsOf = drafts.map((): Claim[] => []);
  for (const claim of found.claims) {
    const i = claim.casualties.map((id) => incidentOf.get(id)).find((n) => n !== undefined);
    if (i !== undefined) claimsOf[i]!.push(claim);
  }

  const mentions = new ActorMentions(doc, found.actors);
  return drafts.map((d, i): Incident => {
    const claims = claimsOf[i]!;
    const items = d.figures.map((f) => f.item).sort((a, b) => a.span.start - b.span.start);
    // Undated figures: the date of a claim that holds them ("On 12 March, … attacked …").
    const date = d.date ?? d.figures.find((f) => f.date)?.date ?? null;
    const claimDate = claims.find((k) => k.date)?.date ?? null;
    const { place, country, perpetrators, targets } = participantsOf(d.figures, mentions);
    return {
      id: `i${i + 1}`,
      date: date ? { id: date.id, value: date.value } : claimDate ? { id: claimDate.id, value: claimDate.value } : null,
      place,
      country,
      actors: { perpetrators, targets },
      ...figuresOf(items),
      casualties: items.map((c) => c.id),
      claims: claims.map((k) => k.id),
      sources: sourcesOf(d.figures, claims),
      scope: d.scope,
    };
  });
}
