// Hand-built `found` objects for claim tests: items located by their text in the
// document, so the claim extractor is tested without the other extractors.
import { Document } from '../../../src/document/index.js';
import type { Actor, Casualty, DateItem, Quote } from '../../../src/schema/result.js';
import type { Found } from '../../../src/extract/types.js';

export interface DateSpec {
  text: string;
  value: string | null;
  type?: DateItem['type'];
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

function locate(doc: Document, text: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (#${nth}) not in test text`);
  }
  return [at, at + text.length];
}

export function dateItems(doc: Document, specs: DateSpec[]): DateItem[] {
  return specs.map((spec, i) => {
    const [s, e] = locate(doc, spec.text, spec.nth);
    const granularity = spec.value && /^\d{4}$/.test(spec.value) ? 'year' : spec.value && /^(\d{4}|XXXX)-\d{2}$/.test(spec.value) ? 'month' : 'day';
    return { id: `d${i + 1}`, text: spec.text, type: spec.type ?? 'DATE', value: spec.value, granularity, span: doc.span(s, e) };
  });
}

/** Actors by name: every occurrence of each name is a mention. */
export function actorItems(doc: Document, names: Array<{ name: string; kind?: Actor['kind']; aliases?: string[] }>): Actor[] {
  return names.map((a, i) => {
    const mentions = [];
    for (const form of [a.name, ...(a.aliases ?? [])]) {
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) mentions.push(doc.span(at, at + form.length));
    }
    return { id: `a${i + 1}`, name: a.name, kind: a.kind ?? 'organization', aliases: a.aliases ?? [], roles: [], country: null, mentions };
  });
}

export function quoteItems(doc: Document, texts: string[]): Quote[] {
  return texts.map((text, i) => {
    const [s, e] = locate(doc, text);
    return { id: `q${i + 1}`, text, speaker: null, cue: null, channel: null, span: doc.span(s, e) };
  });
}

export function casualtyItems(doc: Document, specs: Array<{ text: string; outcome: Casualty['outcome']; low: number | null; high?: number | null; victims?: string }>): Casualty[] {
  return specs.map((c, i) => {
    const [s, e] = locate(doc, c.text);
    return {
      id: `c${i + 1}`,
      outcome: c.outcome,
      count: { low: c.low, high: c.high === undefined ? c.low : c.high, text: c.text, approximate: false },
      victims: c.victims ?? null,
      victimActor: null,
      source: null,
      date: null,
      span: doc.span(s, e),
    };
  });
}

export function emptyFound(): Found {
  return { dates: [], actors: [], quotes: [], casualties: [] };
}

/** A headline and a blank line: the first line with three words is the title, so body text starts on line 3. */
export const HEADLINE = 'A headline for the test story\n\n';

/** A document whose body is `body`, under a headline. */
export const article = (body: string, referenceDate: string | null = '2025-03-12') => new Document(HEADLINE + body, { referenceDate });

export function documentWithDates(body: string, dates: DateSpec[], referenceDate: string | null = '2025-03-12'): { doc: Document; found: Found } {
  const doc = article(body, referenceDate);
  return { doc, found: { ...emptyFound(), dates: dateItems(doc, dates) } };
}
