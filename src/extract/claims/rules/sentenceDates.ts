// The calendar expressions inside a sentence that can date a claim: DATE and TIME
// items (durations and sets never do), minus dates that only bound a state
// ("deployed since 2021", "the worst clashes since the takeover in 2021").
import type { Document, Sentence, Token } from '../../../document/index.js';
import type { DateItem } from '../../../schema/result.js';
import { SpanLookup } from './spanLookup.js';
import { BACKGROUND_PREPOSITIONS } from './wordLists.js';

export interface DateInSentence {
  item: DateItem;
  /** UTF-16 offsets of the date's text. */
  start: number;
  end: number;
  /** True when the date bounds a state ("since 2021") rather than dating an event. */
  background: boolean;
}

/** How far back a "since" may govern a date through a noun phrase ("since the Islamists' takeover of Afghanistan in 2021"). */
const PHRASE_WINDOW = 8;

/** The document's DATE and TIME items by UTF-16 position. */
export function calendarLookup(doc: Document, dates: DateItem[]): SpanLookup<DateItem> {
  return new SpanLookup(
    dates
      .filter((item) => item.type === 'DATE' || item.type === 'TIME')
      .map((item) => ({ item, start: doc.lines.fromCodePoint(item.span.start), end: doc.lines.fromCodePoint(item.span.end) })),
  );
}

/** Calendar items whose span lies inside the sentence, in text order. */
export function calendarDatesIn(doc: Document, sentence: Sentence, dates: SpanLookup<DateItem>): DateInSentence[] {
  return dates
    .overlapping(sentence.start, sentence.end)
    .filter(({ start, end }) => start >= sentence.start && end <= sentence.end)
    .map(({ item, start, end }) => ({ item, start, end, background: governedByBackgroundPreposition(doc.tokensIn(sentence.start, start)) }));
}

/**
 * Walks back from the date over its noun phrase: a "since" reached before any verb or
 * clause punctuation governs the date.
 */
function governedByBackgroundPreposition(before: Token[]): boolean {
  for (let i = before.length - 1, steps = 0; i >= 0 && steps < PHRASE_WINDOW; i--, steps++) {
    const token = before[i]!;
    if (/[,;:()–—]/.test(token.post)) return false;
    if (BACKGROUND_PREPOSITIONS.has(token.normal)) return true;
    if (token.tags.has('Verb')) return false;
  }
  return false;
}
