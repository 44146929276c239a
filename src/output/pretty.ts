// Human-readable output: per document its title, then dates, actors, quotes,
// casualties and claims, each with file:line, fitted to 80 columns.
import { Chalk } from 'chalk';
import { isErrorResult, type DocumentResult, type Result, type Span } from '../schema/result.js';

const WIDTH = 80;
const ROW_WIDTH = WIDTH - 4;

/** Whitespace flattened, cut to `width` code points (never inside a surrogate pair) with an ellipsis. */
export function fit(text: string, width: number): string {
  const points = [...text.replace(/\s+/g, ' ').trim()];
  return points.length <= width ? points.join('') : points.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Cut from the front, keeping the end: "…/dump/article.txt". */
function fitEnd(text: string, width: number): string {
  const points = [...text];
  return points.length <= width ? text : '…' + points.slice(points.length - width + 1).join('');
}

/** A count's bounds as a reader says them: "23", "20–25", "≥201", "≤25", "~100". */
export function formatBounds(low: number | null, high: number | null, approximate = false): string {
  if (low !== null && low === high) return `${approximate ? '~' : ''}${low}`;
  if (low !== null && high !== null) return `${low}–${high}`;
  if (low !== null) return `≥${low}`;
  if (high !== null) return `≤${high}`;
  return '?';
}

/** "killed dozens of soldiers": the source puts "of" between the count and the victims. */
const ofBetween = (k: DocumentResult['casualties'][number]) => k.span.text.includes(`${k.count.text} of ${k.victims}`);

interface Row {
  /** Coloured lead word(s): a speaker, a date. */
  lead?: string;
  text: string;
  where: string;
}

export function formatPretty(result: Result, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (isErrorResult(result)) return c.red(fit(`✗ ${result.source.path}: ${result.error.code} ${result.error.message}`, WIDTH));
  const doc: DocumentResult = result;
  const path = doc.source.path;
  const at = (span: Span) => `${path}:${span.line}`;
  const out: string[] = [];
  out.push(c.bold(fit(doc.metadata.title ?? '(untitled)', WIDTH)));
  const about = [doc.metadata.byline && `by ${doc.metadata.byline}`, doc.metadata.published && `published ${doc.metadata.published}`].filter(Boolean);
  // A long path gives way (its end is kept) so that byline and date still show.
  const room = WIDTH - about.reduce((n, part) => n + [...part!].length + 3, 0);
  const meta = [fitEnd(path, Math.max(room, 20)), ...about].join(' · ');
  out.push(c.dim(fit(meta, WIDTH)));
  // Fit the plain text first, then colour, so escape codes never count as columns or get cut.
  const section = (name: string, rows: Row[], paint: (s: string) => string = (s) => s) => {
    if (!rows.length) return;
    out.push('', c.cyan(`${name} (${rows.length})`));
    for (const { lead, text, where } of rows) {
      const plain = fit(lead ? `${lead} ${text}` : text, ROW_WIDTH);
      const line = lead && plain.startsWith(lead) ? paint(lead) + plain.slice(lead.length) : plain;
      out.push(`  ${line}`, `    ${c.dim(fit(where, ROW_WIDTH))}`);
    }
  };
  section('dates', doc.dates.map((d) => ({ text: `${d.text} → ${d.value ?? '?'} (${d.type.toLowerCase()})`, where: at(d.span) })));
  section('actors', doc.actors.map((a) => ({
    text: `${a.name} [${a.kind}${a.country ? ` ${a.country}` : ''}]${a.roles.length ? ` ${a.roles.join(', ')}` : ''}${a.aliases.length ? ` aka ${a.aliases.join(', ')}` : ''}`,
    where: [...new Set(a.mentions.map((m) => m.line))].map((l) => `${path}:${l}`).join(' '),
  })));
  section('quotes', doc.quotes.map((q) => ({ lead: `${q.speaker?.name ?? 'unattributed'}:`, text: `“${q.text}”`, where: at(q.span) })), c.yellow);
  section('casualties', doc.casualties.map((k) => ({
    text: `${k.outcome} ${k.count.text}${k.victims ? `${ofBetween(k) ? ' of' : ''} ${k.victims}` : ''} (${formatBounds(k.count.low, k.count.high, k.count.approximate)})${k.source ? ` per ${k.source.name}` : ''}${k.partOf ? `, part of ${k.partOf}` : ''}`,
    where: at(k.span),
  })));
  const actorName = (id: string | null) => doc.actors.find((a) => a.id === id)?.name ?? null;
  const spanOf = new Map(doc.casualties.map((k) => [k.id, k.span]));
  section('incidents', doc.incidents.map((i) => ({
    ...(i.date?.value ? { lead: i.date.value } : {}),
    text: [
      Object.entries(i.figures).map(([outcome, b]) => `${outcome} ${formatBounds(b.low, b.high)}`).join(', '),
      actorName(i.place) && `in ${actorName(i.place)}`,
      i.disputed && 'disputed',
      i.scope === 'background' && '(background)',
    ].filter(Boolean).join(' · '),
    where: `${path}:${[...new Set(i.casualties.map((id) => spanOf.get(id)?.line))].join(',')}`,
  })), c.green);
  section('claims', doc.claims.map((k) => ({ ...(k.date?.value ? { lead: k.date.value } : {}), text: k.text, where: at(k.span) })), c.green);
  const totals = Object.entries(doc.summary.casualties).map(([outcome, b]) => `${outcome} ${formatBounds(b.low, b.high)}`);
  if (totals.length) out.push('', `${c.cyan('totals')} ${fit(totals.join(', '), WIDTH - 7)}`);
  for (const w of doc.warnings) out.push(c.yellow(fit(`warning: ${w.message}`, WIDTH)));
  return out.join('\n') + '\n';
}
