// The calendar expressions inside a sentence that can date a claim: DATE and TIME
// items (durations and sets never do), minus dates that only bound a state
// ("deployed since 2021", "the worst clashes since the takeover in 2021").
import type { Document, Sentence, Token } from '../../../document/index.js';
import type { DateItem } from '../../../schema/result.js';
import { isDatelineDate } from './dateline.js';
import { SpanLookup } from '../../../util/spanLookup.js';
import { tokensBefore } from './tokensBefore.js';
import { BACKGROUND_PREPOSITIONS } from './wordLists.js';

export interface DateInSentence {
  item: DateItem;
  /** UTF-16 offsets of the date's text. */
  start: number;
  end: number;
  /** True when the date bounds a state ("since 2021") or is the wire dateline's, rather than dating an event. */
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
    .map(({ item, start, end }) => ({
      item,
      start,
      end,
      background: isDatelineDate(doc.text, sentence.start, start, end) || governedByBackgroundPreposition(tokensBefore(doc, start, sentence.start, PHRASE_WINDOW)),
    }));
}

/** Words that open another clause: a "since" beyond one of them does not govern the date. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'whereas', 'when', 'which', 'where', 'who', 'that', 'after', 'before', 'as', 'because']);

/**
 * Walks back from the date over its phrase or "since" clause ("since the takeover of
 * Kabul in 2021", "since a ceasefire took effect in September"): a "since" reached
 * before clause punctuation, another clause's opener or another date governs the date.
 */
function governedByBackgroundPreposition(before: Token[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i]!;
    if (/[,;:()–—]/.test(token.post)) return false;
    if (BACKGROUND_PREPOSITIONS.has(token.normal)) return true;
    // Another clause opener, or another date ("since 2017 repelled an assault on Tuesday"): the "since" is not this date's.
    if (CLAUSE_OPENERS.has(token.normal) || token.tags.has('Date') || token.tags.has('NumericValue')) return false;
  }
  return false;
}
