// The baseline: a bare compromise `nlp(text)` loop over a folder's .txt files (searched
// recursively, as the CLI searches a folder), one thread.
// Prints one JSON line: { words, seconds, maxRssKb }.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2];
const files = fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.txt')).sort();
let words = 0;
let seconds = 0;
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  words += text.split(/\s+/).filter(Boolean).length;
  const t0 = process.hrtime.bigint();
  nlp(text);
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
}
console.log(JSON.stringify({ words, seconds, maxRssKb: process.resourceUsage().maxRSS }));
