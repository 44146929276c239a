// What the dates extractor costs next to the shared compromise parse.
//   node scripts/bench-dates.mjs [rounds]   (after `npm run build`)
// Over the seed and dev articles, repeated `rounds` times, it times (a) `nlp(text)` alone and
// (b) extractDates(doc) on a Document whose parse is already done (that parse is shared by
// all extractors, so it is not counted against dates). Prints one JSON line with the ratio b/a.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { createDocument } from '../dist/document/index.js';
import { extractDates } from '../dist/extract/dates/index.js';

const rounds = Number(process.argv[2] ?? 5);
const dirs = ['../shared/seeds', '../shared/eval/dev'].map((d) => path.resolve(import.meta.dirname, '..', d));
const texts = dirs.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : []));
if (!texts.length) throw new Error('no seed or dev texts found');

const now = () => Number(process.hrtime.bigint()) / 1e6;
// Warm both up once so one-time compilation is not counted.
for (const text of texts) {
  nlp(text);
  const doc = createDocument(text);
  void doc.tokens;
  extractDates(doc);
}

let parseMs = 0;
let datesMs = 0;
let items = 0;
for (let r = 0; r < rounds; r++) {
  for (const text of texts) {
    let t = now();
    nlp(text);
    parseMs += now() - t;
    const doc = createDocument(text);
    void doc.tokens;
    t = now();
    items += extractDates(doc).length;
    datesMs += now() - t;
  }
}
console.log(JSON.stringify({ documents: texts.length * rounds, items, parseMs: Math.round(parseMs), datesMs: Math.round(datesMs), datesOverParse: `${((100 * datesMs) / parseMs).toFixed(1)}%` }));
