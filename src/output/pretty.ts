// Human-readable output: per document its title, then dates, actors, quotes,
// casualties and claims, each with file:line, fitted to 80 columns.
import { Chalk } from 'chalk';
import { isErrorResult, type DocumentResult, type Result, type Span } from '../schema/result.js';

const WIDTH = 80;

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : flat.slice(0, Math.max(0, width - 1)) + '…';
}

export function formatPretty(result: Result, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (isErrorResult(result)) return c.red(`✗ ${result.source.path}: ${result.error.code} ${result.error.message}`);
  const doc: DocumentResult = result;
  const path = doc.source.path;
  const at = (span: Span) => c.dim(`${path}:${span.line}`);
  const out: string[] = [];
  out.push(c.bold(fit(doc.metadata.title ?? '(untitled)', WIDTH)));
  const meta = [path, doc.metadata.byline && `by ${doc.metadata.byline}`, doc.metadata.published && `published ${doc.metadata.published}`]
    .filter(Boolean)
    .join(' · ');
  out.push(c.dim(fit(meta, WIDTH)));
  const section = (name: string, rows: string[][]) => {
    if (!rows.length) return;
    out.push('', c.cyan(`${name} (${rows.length})`));
    for (const [main, where] of rows) out.push(`  ${fit(main!, WIDTH - 4)}`, `    ${where}`);
  };
  section('dates', doc.dates.map((d) => [`${d.text} → ${d.value ?? '?'} (${d.type.toLowerCase()})`, at(d.span)]));
  section('actors', doc.actors.map((a) => [
    `${a.name} [${a.kind}${a.country ? ` ${a.country}` : ''}]${a.roles.length ? ` ${a.roles.join(', ')}` : ''}${a.aliases.length ? ` aka ${a.aliases.join(', ')}` : ''}`,
    a.mentions.map((m) => m.line).filter((l, i, all) => all.indexOf(l) === i).map((l) => `${path}:${l}`).join(' '),
  ].map((s, i) => (i === 1 ? c.dim(fit(s, WIDTH - 4)) : s))));
  section('quotes', doc.quotes.map((q) => [`${c.yellow(q.speaker?.name ?? 'unattributed')}: “${fit(q.text, 56)}”`, at(q.span)]));
  section('casualties', doc.casualties.map((k) => {
    const bounds = k.count.low === k.count.high ? `${k.count.low}` : `${k.count.low ?? '?'}–${k.count.high ?? '?'}`;
    return [`${k.outcome} ${bounds}${k.victims ? ` ${k.victims}` : ''}${k.source ? ` (${k.source.name})` : ''}${k.partOf ? ` part of ${k.partOf}` : ''}`, at(k.span)];
  }));
  section('claims', doc.claims.map((k) => [`${k.date?.value ? c.green(k.date.value) + ' ' : ''}${k.text}`, at(k.span)]));
  const totals = Object.entries(doc.summary.casualties).map(([o, b]) => `${o} ${b.low ?? '?'}${b.high === b.low ? '' : `–${b.high ?? ''}`}`);
  if (totals.length) out.push('', `${c.cyan('totals')} ${totals.join(', ')}`);
  for (const w of doc.warnings) out.push(c.yellow(`warning: ${w.message}`));
  return out.join('\n') + '\n';
}
