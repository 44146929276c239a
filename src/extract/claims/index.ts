// Claims: each sentence reporting an event, statement or figure, with the date of its
// event, its source and the actors, quotes and casualty figures it contains. A
// sentence whose clauses carry different dates gives one claim per dated clause; a
// sentence without a date that continues the previous sentence's event inherits it.
import type { Document, Sentence } from '../../document/index.js';
import type { Claim } from '../../schema/result.js';
import { documentAttribution } from '../attribution/index.js';
import type { Found } from '../types.js';
import { isClaimSentence } from './rules/claimSentence.js';
import { isHedged } from './rules/hedged.js';
import { continuesPreviousEvent } from './rules/inheritance.js';
import { LinkIndex } from './rules/links.js';
import { segmentByDates, type Segment } from './rules/segments.js';
import { calendarDatesIn, calendarLookup } from './rules/sentenceDates.js';

type ClaimDate = Claim['date'];

interface Dated {
  sentence: Sentence;
  date: ClaimDate;
}

export function extractClaims(doc: Document, found: Found): Claim[] {
  const claims: Claim[] = [];
  const calendar = calendarLookup(doc, found.dates);
  const links = new LinkIndex(found);
  const attribution = documentAttribution(doc, found.actors);
  let previous: Dated | null = null;
  for (const sentence of doc.sentences) {
    const dates = calendarDatesIn(doc, sentence, calendar);
    const eventDates = dates.filter((d) => !d.background);
    if (!isClaimSentence(doc, sentence, eventDates.some((d) => d.item.value !== null))) {
      previous = null;
      continue;
    }
    const segments = segmentByDates(doc, sentence, eventDates);
    const source = attribution.source(sentence);
    let first: ClaimDate = null;
    segments.forEach((segment, i) => {
      const date = segment.date ? { id: segment.date.item.id, value: segment.date.item.value } : dates.length ? null : inherited(doc, sentence, previous);
      if (i === 0) first = date;
      // A dated clause is reported by the clause around its date ("…, though experts said in a report last July that …").
      const own = segment.date ? attribution.sourceAt(sentence, segment.date.start, segment.start, segment.end) : null;
      const by = own ?? source;
      claims.push(buildClaim(doc, links, segment, date, by ? { name: by.name, actor: by.actor } : null, claims.length + 1));
    });
    previous = { sentence, date: first };
  }
  return claims;
}

/** The previous sentence's date when this one continues its event in the same paragraph. */
function inherited(doc: Document, sentence: Sentence, previous: Dated | null): ClaimDate {
  if (!previous?.date?.value || previous.sentence.paragraph !== sentence.paragraph) return null;
  if (previous.sentence.index !== sentence.index - 1) return null;
  if (!continuesPreviousEvent(doc, sentence, previous.sentence)) return null;
  return { id: previous.date.id, value: previous.date.value, inherited: true };
}

function buildClaim(doc: Document, links: LinkIndex, segment: Segment, date: ClaimDate, source: Claim['source'], n: number): Claim {
  const span = doc.span(segment.start, segment.end);
  return {
    id: `k${n}`,
    text: span.text,
    date,
    source,
    ...links.within(span.start, span.end),
    hedged: isHedged(doc.tokensIn(segment.start, segment.end)),
    span,
  };
}
