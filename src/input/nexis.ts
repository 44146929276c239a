// LexisNexis / Nexis Uni text exports: many articles in one file. Nexis Uni ends each
// article with "End of Document" and marks its body with a "Body" line; older
// LexisNexis exports open each with "3 of 250 DOCUMENTS". Each article has a free
// header (title, publication, date line, edition, copyright), labelled fields
// (Byline:, Section:, Length:, Dateline:) and after its body more fields (Load-Date:,
// Language:…). Only the body is article text; the headers become metadata.
import type { GivenMetadata } from '../document/index.js';
import type { Warning } from '../schema/result.js';
import { headerDate, wordCount, type ArticleDraft } from './exportArticle.js';
import { BlockBuffer, type Block, type ExportFormat } from './exportFile.js';
import type { FileLine } from './textStream.js';

const DOC_NUMBER = /^\s*(\d+)\s+of\s+\d+\s+DOCUMENTS?\s*$/i;
const END = /^\s*End of Document\s*$/i;
const BODY = /^\s*Body:?\s*$/i;
const CLASSIFICATION = /^\s*Classification\s*$/i;
const FIELD = /^\s*([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+)?)\s*:(?:\s+(.*))?$/;
const HEADER_LABELS = new Set(['byline', 'section', 'length', 'dateline', 'highlight', 'headline', 'column', 'series', 'edition', 'author']);
const TRAILER_LABELS = new Set([
  'load-date', 'language', 'publication-type', 'journal-code', 'subject', 'geographic', 'organization', 'company', 'person',
  'industry', 'ticker', 'graphic', 'notes', 'document-type', 'url', 'correction-date', 'distribution', 'acc-no', 'terms', 'city', 'state', 'country',
]);
const COPYRIGHT = /copyright|©|all rights reserved/i;
const WEEKDAYS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;

const fieldOf = (text: string, labels: Set<string>): { label: string; value: string } | null => {
  const m = FIELD.exec(text);
  const label = m?.[1]!.toLowerCase();
  return m && labels.has(label!) ? { label: label!, value: (m[2] ?? '').trim() } : null;
};

/** "January 5, 2020 Sunday 10:00 PM GMT": a date, perhaps with weekday, time and zone. */
function isParsedDateLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || COPYRIGHT.test(t)) return false;
  const m = /\b(?:\d{4}-\d{2}-\d{2}|(?:\d{1,2}\s+)?\p{L}{3,}\.?\s+\d{1,2}(?:,\s*|\s+)\d{4}|\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4})\b/u.exec(t);
  if (!m) return false;
  const rest = (t.slice(0, m.index) + t.slice(m.index + m[0].length)).replace(WEEKDAYS, '').replace(/\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?|\b[A-Z]{2,4}\b|[\s,.;:()-]/g, '');
  return rest.length <= 3;
}

/** A short line with a day number and a year, read or not ("5 Janvier 2020"). */
const looksLikeDateLine = (text: string) =>
  text.trim().length <= 60 && !COPYRIGHT.test(text) && /\b(?:1[89]|20)\d{2}\b/.test(text) && /(?<![\d:])\d{1,2}(?![\d:])/.test(text) && text.trim().split(/\s+/).length <= 6;

/** Runs of non-blank lines: [first, last] indexes. */
function paragraphs(lines: FileLine[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (!lines[i]!.text.trim()) continue;
    const first = i;
    while (i + 1 < to && lines[i + 1]!.text.trim()) i++;
    out.push([first, i]);
  }
  return out;
}

const joined = (lines: FileLine[], [first, last]: [number, number]) => lines.slice(first, last + 1).map((l) => l.text.trim()).join(' ');

interface FreeHeader {
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Index of the article's first line: lines before it (a cover page) are not the article's. */
  start: number;
}

/** Title, publication and date from the unlabelled lines above the fields. */
function readFreeHeader(lines: FileLine[], from: number, to: number, warnings: Warning[]): FreeHeader {
  const paras = paragraphs(lines, from, to).filter(([first]) => !COPYRIGHT.test(lines[first]!.text));
  let dateAt = -1;
  for (let i = from; i < to && dateAt < 0; i++) if (isParsedDateLine(lines[i]!.text)) dateAt = i;
  for (let i = from; i < to && dateAt < 0; i++) if (looksLikeDateLine(lines[i]!.text) && i > (paras[0]?.[0] ?? 0)) dateAt = i;
  if (dateAt < 0) {
    warnings.push({ code: 'EDATE', message: 'no Nexis date line: no published date' });
    return { title: paras[0] ? joined(lines, paras[0]) : null, outlet: null, published: null, start: paras[0]?.[0] ?? from };
  }
  const published = headerDate(lines[dateAt]!.text, 'Nexis date line', warnings);
  const datePara = paras.findIndex(([first, last]) => first <= dateAt && dateAt <= last);
  const [paraFirst] = paras[datePara] ?? [dateAt];
  // The publication is just above the date: in the same paragraph or the one before.
  const outletAt = dateAt > paraFirst! ? dateAt - 1 : paras[datePara - 1]?.[1] ?? -1;
  const outlet = outletAt >= 0 ? lines[outletAt]!.text.trim() : null;
  const outletPara = paras.findIndex(([first, last]) => first <= outletAt && outletAt <= last);
  // Nexis Uni: the title is above the publication; older exports put it under the date.
  let titlePara: [number, number] | undefined;
  if (outletAt > (paras[outletPara]?.[0] ?? outletAt)) titlePara = [paras[outletPara]![0], outletAt - 1];
  else if (outletPara > 0) titlePara = paras[outletPara - 1];
  else titlePara = paras[datePara + 1];
  const start = Math.min(...[titlePara?.[0], outletAt, dateAt].filter((i): i is number => i !== undefined && i >= 0));
  return { title: titlePara ? joined(lines, titlePara) : null, outlet, published, start };
}

function readArticle(block: Block, seenEnd: boolean, isFirst: boolean): ArticleDraft | null | { code: string; message: string; id?: string } {
  const { lines } = block;
  const number = DOC_NUMBER.exec(lines[0]!.text)?.[1];
  const from = number !== undefined ? 1 : 0;
  const end = block.ended ? lines.length - 1 : lines.length;
  const idPart = number !== undefined ? { id: number } : {};
  let bodyMarker = -1;
  let firstField = -1;
  for (let i = from; i < end && bodyMarker < 0; i++) {
    if (BODY.test(lines[i]!.text)) bodyMarker = i;
    else if (firstField < 0 && fieldOf(lines[i]!.text, HEADER_LABELS)) firstField = i;
  }
  if (bodyMarker < 0 && firstField < 0) {
    // Text before the first article with no header is a cover page (search terms, document list).
    if (!lines.slice(from, end).some((l) => l.text.trim()) || (isFirst && number === undefined)) return null;
    return { code: 'ENEXIS', message: `lines ${lines[0]!.line}–${lines[lines.length - 1]!.line}: no Nexis article header (Byline:, Length:, Section: or Body)`, ...idPart };
  }
  const freeEnd = firstField >= 0 && (bodyMarker < 0 || firstField < bodyMarker) ? firstField : bodyMarker;
  const warnings: Warning[] = [];
  const free = readFreeHeader(lines, from, freeEnd, warnings);
  const fields = new Map<string, string>();
  let bodyFrom = bodyMarker + 1;
  if (bodyMarker < 0) {
    // Older exports: the body starts at the first line after the fields that is no field.
    bodyFrom = firstField;
    while (bodyFrom < end && (!lines[bodyFrom]!.text.trim() || fieldOf(lines[bodyFrom]!.text, HEADER_LABELS))) bodyFrom++;
  }
  for (let i = freeEnd; i < bodyFrom; i++) {
    const field = fieldOf(lines[i]!.text, HEADER_LABELS);
    if (field && !fields.has(field.label)) fields.set(field.label, field.value);
  }
  let bodyTo = bodyFrom;
  while (bodyTo < end && !CLASSIFICATION.test(lines[bodyTo]!.text) && !fieldOf(lines[bodyTo]!.text, TRAILER_LABELS)) bodyTo++;
  const metadata: GivenMetadata = {
    title: fields.get('headline') || free.title,
    byline: fields.get('byline')?.replace(/^by\s+/i, '') || null,
    published: free.published,
    dateline: fields.get('dateline') ? { place: fields.get('dateline')!, agency: null } : null,
    outlet: free.outlet,
    section: fields.get('section') || null,
    wordCount: fields.has('length') ? wordCount(fields.get('length')!) : null,
  };
  const bodyWords = lines.slice(bodyFrom, bodyTo).reduce((n, l) => n + (l.text.match(/\S+/g)?.length ?? 0), 0);
  const cut = !block.ended && (seenEnd || bodyMarker >= 0 || (metadata.wordCount !== null && metadata.wordCount! > 2 * bodyWords + 20));
  if (cut) warnings.push({ code: 'TRUNCATED', message: 'the export ends inside this article (no "End of Document"): its text may be cut short' });
  const start = number !== undefined ? 0 : free.start;
  return {
    lines: lines.slice(start),
    bodyFrom: bodyFrom - start,
    bodyTo: bodyTo - start,
    metadata,
    ...idPart,
    warnings,
  };
}

export const nexis: ExportFormat = {
  name: 'Nexis',
  async *blocks(lines) {
    const buffer = new BlockBuffer();
    let discarding = false;
    for await (const line of lines) {
      if (DOC_NUMBER.test(line.text)) {
        if (buffer.hasText && !discarding) yield { lines: buffer.take(), ended: false };
        buffer.take();
        discarding = false;
      }
      if (discarding) {
        if (END.test(line.text)) discarding = false;
        continue;
      }
      if (!buffer.push(line)) {
        yield { tooLong: buffer.take() };
        discarding = true;
        continue;
      }
      if (END.test(line.text)) yield { lines: buffer.take(), ended: true };
    }
    if (buffer.hasText && !discarding) yield { lines: buffer.take(), ended: false };
  },
  article(block, state: { articles: number; seenEnd?: boolean }) {
    const draft = readArticle(block, Boolean(state.seenEnd), !state.seenEnd && state.articles === 0);
    if (block.ended) state.seenEnd = true;
    return draft;
  },
};
