// The timeline for people: one entry per event, its date and summary, then each
// report's file:line and source, casualty figures and conflicts. Uncoloured unless
// asked (the command asks only on a terminal without NO_COLOR).
import { Chalk } from 'chalk';
import type { Timeline, TimelineCasualty } from '../schema.js';

const WIDTH = 100;

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : flat.slice(0, Math.max(0, width - 1)) + '…';
}

export function bounds(low: number | null, high: number | null): string {
  if (low === high) return `${low ?? '?'}`;
  if (high === null) return `${low}+`;
  if (low === null) return `up to ${high}`;
  return `${low}–${high}`;
}

const figure = (c: TimelineCasualty) => `${c.outcome} ${bounds(c.low, c.high)}${c.victims ? ` ${c.victims}` : ''}`;

export function formatTimelinePretty(timeline: Timeline, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const event of timeline.events) {
    const date = (event.date ?? 'undated').padEnd(10);
    const count = event.reports.length > 1 ? c.cyan(` [${event.reports.length} reports]`) : '';
    out.push(`${c.green(date)}  ${c.bold(fit(event.summary, WIDTH - 12))}${count}`);
    for (const r of event.reports) {
      const who = r.source ? c.yellow(r.source) : c.dim('article');
      const text = event.reports.length > 1 ? `  ${fit(r.claim, 60)}` : '';
      out.push(`            ${c.dim(`${r.path}:${r.line}`)}  ${who}${r.hedged ? c.dim(' (hedged)') : ''}${r.scope === 'background' ? c.dim(' (recalled)') : ''}${text}`);
    }
    for (const k of event.casualties) out.push(`            ${figure(k)} ${c.dim(`${k.path}:${k.line}`)}${k.source ? ` (${k.source})` : ''}`);
    for (const conflict of event.conflicts) {
      const figures = conflict.figures.map((f) => `${bounds(f.low, f.high)} (${f.source ?? f.path}, ${f.path}:${f.line})`).join(' vs ');
      out.push(c.red(`            conflict: ${conflict.outcome}${conflict.victims ? ` ${conflict.victims}` : ''}: ${figures}`));
    }
  }
  if (!timeline.events.length) out.push(c.dim('no dated claims'));
  return out.join('\n') + '\n';
}
