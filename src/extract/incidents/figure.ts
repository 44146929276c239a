// What the incident rules need about one casualty figure: its sentence, the words of its
// phrase before it, and its date.
import type { Document, Sentence } from '../../document/index.js';
import type { Casualty, Claim, DateItem } from '../../schema/result.js';
import { parseDateValue, type ParsedDate } from '../../timeline/dateValue.js';
import { SpanLookup } from '../../util/spanLookup.js';
import { lexicon } from './lexicon.js';

export interface Figure {
  item: Casualty;
  sentence: Sentence | undefined;
  /**
   * The figure's phrase before it: from the last comma, semicolon or colon of its sentence
   * ("Two years after the massacre of | 80 villagers"), or from the clause before when the
   * phrase is a relative clause (", in which 60 people were killed").
   */
  lead: string;
  /** The whole sentence before the figure. */
  before: string;
  date: DateItem | null;
  day: ParsedDate | null;
  parsed: ParsedDate | null;
  /** A toll ("the death toll rose to 40 on Monday") is dated by its report, not by its event. */
  toll: boolean;
  /**
   * "killed since Monday", "since October 2023": the date after "since" in the sentence
   * (value null when unresolved), or undefined when there is none.
   */
  since: ParsedDate | null | undefined;
}

const BOUNDARY = /[,;:]/g;
const DAY_PRECISION = 3;

function leadOf(before: string): string {
  const cuts = [...before.matchAll(BOUNDARY)].map((m) => m.index! + 1);
  let k = cuts.length - 1;
  while (k >= 0 && lexicon.relativeOpener.test(before.slice(cuts[k]!))) k--;
  return k >= 0 ? before.slice(cuts[k]!) : before;
}

/**
 * `claimDate`: the date of the claim holding the figure, for a figure whose sentence has
 * no date of its own ("On 8 February, fighters stormed a hotel. Twelve people were
 * killed."): it can make a figure background, but only the figure's own date splits
 * incidents (a claim may be dated by its statement: "In a statement on Monday, the army said").
 */
const SINCE = /\bsince\s+(?:the\s+)?$/i;
const SINCE_REACH = 12;

/** The date a "since" in the sentence governs: the start of a running count. */
function sinceDate(doc: Document, sentence: Sentence, calendar: SpanLookup<DateItem>): ParsedDate | null | undefined {
  for (const { item, start } of calendar.overlapping(sentence.start, sentence.end)) {
    if (start < sentence.start) continue;
    if (SINCE.test(doc.text.slice(Math.max(sentence.start, start - SINCE_REACH), start))) return parseDateValue(item.value);
  }
  return undefined;
}

/** The document's DATE items by UTF-16 position, for `figureOf`. */
export const calendarOf = (doc: Document, dates: DateItem[]) =>
  new SpanLookup(dates.filter((d) => d.type === 'DATE').map((item) => ({ item, start: doc.lines.fromCodePoint(item.span.start), end: doc.lines.fromCodePoint(item.span.end) })));

export function figureOf(doc: Document, item: Casualty, dates: Map<string, DateItem>, claimDate: Claim['date'], calendar: SpanLookup<DateItem>): Figure {
  const start = doc.lines.fromCodePoint(item.span.start);
  const sentence = doc.sentenceAt(start);
  const before = sentence ? doc.text.slice(sentence.start, start) : '';
  const own = item.date ? dates.get(item.date) ?? null : null;
  const date = own ?? (claimDate ? dates.get(claimDate.id) ?? null : null);
  const parsed = parseDateValue(date?.value ?? null);
  const toll = item.scope === 'total' || /\btoll\b/i.test(item.span.text);
  return {
    item,
    sentence,
    lead: leadOf(before),
    before,
    date,
    parsed,
    day: own && parsed && parsed.precision === DAY_PRECISION ? parsed : null,
    toll,
    since: sentence ? sinceDate(doc, sentence, calendar) : undefined,
  };
}
