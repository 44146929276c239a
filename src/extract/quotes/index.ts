// Quotes: direct quotations with speaker, cue verb and channel. Quotation spans come
// from marks.ts; speakers from the shared sentence attribution, picked per quotation by
// the rules in rules/ (after, before, later clause, standalone, sentence subject).
import type { Document } from '../../document/index.js';
import type { Quote } from '../../schema/result.js';
import { documentAttribution, type SentenceReport } from '../attribution/index.js';
import type { Found } from '../types.js';
import { findQuotations, type Quotation } from '../attribution/quotations.js';
import { SPEAKER_RULES } from './rules/index.js';
import type { QuoteAttribution, QuoteContext } from './rules/types.js';
import { LEAD_PARAGRAPHS, speakersFromEchoes } from './echoes.js';
import { isTerm } from './terms.js';

/** Quotation index → token index in its sentence's frame, built once per sentence. */
function tokenIndexes(report: SentenceReport): Map<number, number> {
  const out = new Map<number, number>();
  report.tokens.forEach((t, i) => {
    if (t.quotation !== undefined && !out.has(t.quotation)) out.set(t.quotation, i);
  });
  return out;
}

function attribute(context: QuoteContext): QuoteAttribution {
  for (const rule of SPEAKER_RULES) {
    const found = rule(context);
    if (found) return found;
  }
  return { speaker: null, cue: null, channel: null, rule: 'none', firm: false, paragraph: context.quotation.paragraph };
}

export function extractQuotes(doc: Document, found: Pick<Found, 'dates' | 'actors'>): Quote[] {
  const attribution = documentAttribution(doc, found.actors);
  const indexesBySentence = new Map<number, Map<number, number>>();
  const quotes: Quote[] = [];
  const firm: boolean[] = [];
  const lead: boolean[] = [];
  let previous: QuoteAttribution | null = null;
  findQuotations(doc).forEach((quotation: Quotation, index) => {
    const sentence = doc.sentenceAt(quotation.open) ?? doc.sentenceAt(quotation.start);
    if (!sentence) return;
    const report = attribution.report(sentence);
    let indexes = indexesBySentence.get(sentence.index);
    if (!indexes) indexesBySentence.set(sentence.index, (indexes = tokenIndexes(report)));
    const token = indexes.get(index);
    if (token === undefined) return;
    const following = doc.sentences[sentence.index + 1];
    const next = following && following.paragraph === sentence.paragraph ? attribution.report(following) : null;
    const preceding = doc.sentences[sentence.index - 1];
    const introduces = preceding && (preceding.paragraph === sentence.paragraph || /:\s*$/.test(preceding.text));
    const before = introduces ? attribution.report(preceding) : null;
    const decided = attribute({ quotation, report, token, previous, next, before });
    const text = doc.text.slice(quotation.start, quotation.end);
    if (isTerm(text, report.tokens, token, decided.firm, { headline: sentence.role === 'title' })) return;
    previous = decided;
    const speaker = decided.speaker ? { name: decided.speaker.name, actor: decided.speaker.actor } : null;
    quotes.push({ id: `q${quotes.length + 1}`, text, speaker, cue: decided.cue, channel: decided.channel, kind: 'speech', span: doc.span(quotation.start, quotation.end) });
    firm.push(decided.firm && speaker !== null);
    lead.push(sentence.role === 'title' || quotation.paragraph < LEAD_PARAGRAPHS);
  });
  speakersFromEchoes(quotes, firm, lead);
  return quotes;
}
