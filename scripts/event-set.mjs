#!/usr/bin/env node
// Scores the built library on the project's own event descriptions
// (test/extract/incidents/eventSet.ts): how often summary.casualties.killed.low is the
// number killed a coder would enter, and how often it is too high. `--misses` lists errors.
//   npm run build && node scripts/event-set.mjs [--misses]
import fs from 'node:fs';
import { extract } from '../dist/index.js';

const source = fs.readFileSync(new URL('../test/extract/incidents/eventSet.ts', import.meta.url), 'utf8');
const set = Function(`return ${source.slice(source.indexOf('['), source.lastIndexOf(']') + 1)}`)();
let exact = 0, high = 0;
const misses = [];
for (const c of set) {
  const got = extract(c.text, { referenceDate: '2025-06-15' }).summary.casualties.killed?.low ?? null;
  if (got === c.killed) exact++;
  else {
    if (got !== null && (c.killed === null || got > c.killed)) high++;
    misses.push(`${String(got).padStart(5)} want ${String(c.killed).padEnd(5)} [${c.shape}] ${c.text.replace(/\n+/g, ' / ')}`);
  }
}
const pct = (n) => `${(100 * n / set.length).toFixed(1)}%`;
console.log(`${set.length} items: killed exact ${exact} (${pct(exact)}), too high ${high} (${pct(high)})`);
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
