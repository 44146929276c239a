// Factiva exports: one article per block of fields, each opened by a two- to
// four-letter code at the start of a line ("HD", "BY", "WC", "PD", "SN", "LP", "TD",
// "AN"…), its value on the same line or the lines below. LP (lead) and TD (text) are
// the body; the block closes with AN, the accession number ("Document EXLDG0…").
import type { GivenMetadata } from '../document/index.js';
import type { Warning } from '../schema/result.js';
import { headerDate, wordCount, type ArticleDraft } from './exportArticle.js';
import { BlockBuffer, type Block, type ExportFormat } from './exportFile.js';
import type { FileLine } from './textStream.js';

const CODES = new Set([
  'SE', 'HD', 'CR', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'LA', 'CY', 'LP', 'TD', 'CT', 'RF', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD',
  'PUB', 'AN', 'BY', 'CLM', 'ART', 'VOL', 'NGC', 'RST', 'CX', 'PH',
]);
const BODY_CODES = new Set(['LP', 'TD']);
/** Codes that open an article: a second one in a block means the first lacked its AN. */
const OPENING = new Set(['SE', 'HD', 'CLM']);
const HEADER_LINE = /^([A-Z]{2,3})(?:[ \t]+(.*))?$/;
// Inside the body only unmistakable field lines end it: a code alone, the next body
// field, indexing codes ("NS gvio : Military Action"), the accession number.
const BODY_END = /^(?:(LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN)[ \t]*$|(TD)[ \t]+\S|(CO|IN|NS|RE|IPC|IPD|PUB)[ \t]+\S+[ \t]+:[ \t]|(AN)[ \t]+Document\b)/;

/** The field code a line opens, if any. */
function codeOf(text: string, inBody: boolean): string | null {
  if (inBody) {
    const m = BODY_END.exec(text);
    return m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : null;
  }
  const m = HEADER_LINE.exec(text);
  return m && CODES.has(m[1]!) ? m[1]! : null;
}

interface Field {
  code: string;
  /** Index of the line holding the code. */
  at: number;
  /** Index after its last line. */
  end: number;
}

function fieldsOf(lines: FileLine[]): Field[] {
  const fields: Field[] = [];
  for (let i = 0; i < lines.length; i++) {
    const current = fields[fields.length - 1];
    const code = codeOf(lines[i]!.text, current !== undefined && BODY_CODES.has(current.code));
    if (code) {
      if (current) current.end = i;
      fields.push({ code, at: i, end: lines.length });
    }
  }
  return fields;
}

/** A field's value: the text after the code and the lines below, joined. */
function valueOf(lines: FileLine[], field: Field): string {
  const first = lines[field.at]!.text.slice(field.code.length);
  return [first, ...lines.slice(field.at + 1, field.end).map((l) => l.text)].map((t) => t.trim()).filter(Boolean).join(' ');
}

function readArticle(block: Block): ArticleDraft | null {
  const { lines } = block;
  const fields = fieldsOf(lines);
  // Text with no field (a search summary, a preface) is no article.
  if (!fields.length) return null;
  const first = fields[0]!.at;
  const get = (code: string) => fields.find((f) => f.code === code);
  const value = (code: string) => {
    const field = get(code);
    return field ? valueOf(lines, field) || null : null;
  };
  const warnings: Warning[] = [];
  const pd = value('PD');
  const metadata: GivenMetadata = {
    title: value('HD'),
    byline: value('BY')?.replace(/^by\s+/i, '') ?? null,
    published: pd ? headerDate(pd, 'PD', warnings) : null,
    outlet: value('SN'),
    section: value('SE'),
    wordCount: value('WC') ? wordCount(value('WC')!) : null,
  };
  if (!pd) warnings.push({ code: 'EDATE', message: 'no PD field: no published date' });
  const body = fields.filter((f) => BODY_CODES.has(f.code));
  const an = value('AN');
  if (!block.ended) warnings.push({ code: 'TRUNCATED', message: 'this article has no AN field (the export ends or the next article begins): its text may be cut short' });
  const draft: ArticleDraft = {
    lines: lines.slice(first),
    bodyFrom: 0,
    bodyTo: 0,
    metadata,
    ...(an ? { id: an.replace(/^Document\s+/i, '') } : {}),
    warnings,
  };
  if (!body.length) return draft;
  const markup: ArticleDraft['markup'] = [];
  for (const field of body) {
    const text = lines[field.at]!.text;
    markup.push({ index: field.at - first, length: field.code.length + (/^[ \t]*/.exec(text.slice(field.code.length))?.[0].length ?? 0) });
  }
  const lead = body[0]!;
  // A code alone on its line is left out of the body; one before text is blanked as markup.
  const leadAlone = !lines[lead.at]!.text.slice(lead.code.length).trim();
  draft.bodyFrom = lead.at - first + (leadAlone ? 1 : 0);
  draft.bodyTo = body[body.length - 1]!.end - first;
  draft.markup = markup;
  return draft;
}

export const factiva: ExportFormat = {
  name: 'Factiva',
  async *blocks(lines) {
    const buffer = new BlockBuffer();
    let discarding = false;
    let inBody = false;
    let seenTitle = false;
    let awaitingAccession = false;
    for await (const line of lines) {
      const code = codeOf(line.text, inBody);
      if (awaitingAccession) {
        // "AN" alone: the accession number is on the next non-blank line.
        buffer.push(line);
        if (!line.text.trim()) continue;
        yield { lines: buffer.take(), ended: true };
        [awaitingAccession, inBody, seenTitle] = [false, false, false];
        continue;
      }
      if (discarding) {
        // Past an oversized block: skip to its AN or to the next article's opening.
        if (code === 'AN') [discarding, inBody, seenTitle] = [false, false, false];
        if (!code || !OPENING.has(code)) continue;
        [discarding, inBody, seenTitle] = [false, false, false];
      }
      if (code && OPENING.has(code) && seenTitle) {
        // A new article before the last one's AN: that one ends here, unclosed.
        yield { lines: buffer.take(), ended: false };
        [inBody, seenTitle] = [false, false];
      }
      if (code) inBody = BODY_CODES.has(code);
      if (code === 'HD') seenTitle = true;
      if (!buffer.push(line)) {
        yield { tooLong: buffer.take() };
        discarding = true;
        continue;
      }
      if (code !== 'AN') continue;
      if (/^AN[ \t]*$/.test(line.text)) awaitingAccession = true;
      else {
        yield { lines: buffer.take(), ended: true };
        [inBody, seenTitle] = [false, false];
      }
    }
    if (buffer.hasText) yield { lines: buffer.take(), ended: awaitingAccession };
  },
  article: (block) => readArticle(block),
};
