#!/usr/bin/env node
// `npm run bench`: builds a synthetic corpus deterministically (fixture paragraphs
// shuffled into ~2,000 files, ~1M words), then measures on it, in one run:
// a bare compromise parse loop (one thread), `claimtrace extract --jobs 1` and
// `--jobs 2`: words per second, ratios to the bare parse, and peak RSS of each.
//   node scripts/bench.mjs [--files N] [--words-per-file N] [--runs bare,1,2]
// `--runs 2 --files 20000` measures only `--jobs 2` on a 10× corpus (memory flatness).
// `--runs 2,export` also writes the same articles as one Nexis export and measures
// `--input-format nexis --jobs 2` on it: words/s and peak RSS against separate files
// (`--runs 2,export --files 100000 --words-per-file 50`: 100,000 articles, one file).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('--files', 2000);
const WORDS_PER_FILE = arg('--words-per-file', 500);
const RUNS = (process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 'bare,1,2').split(',');
const CORPUS = process.argv.includes('--corpus') ? path.resolve(process.argv[process.argv.indexOf('--corpus') + 1]) : null;
const corpus = CORPUS ?? path.join(root, 'bench-corpus', `${FILES}x${WORDS_PER_FILE}`);

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's .txt files, searched recursively, in order. */
function corpusFiles() {
  return fs.readdirSync(corpus, { recursive: true }).filter((f) => f.endsWith('.txt')).sort();
}

function buildCorpus() {
  if (CORPUS) return;
  const stamp = path.join(corpus, '.complete');
  if (fs.existsSync(stamp)) return;
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.mkdirSync(corpus, { recursive: true });
  const fixtures = fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
  const paragraphs = fixtures
    .flatMap((f) => fs.readFileSync(path.join(root, 'fixtures', f), 'utf8').split(/\r?\n\s*\r?\n|\r?\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 6);
  const random = prng(20251030);
  for (let i = 0; i < FILES; i++) {
    const out = [];
    let words = 0;
    while (words < WORDS_PER_FILE) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      out.push(p);
      words += p.split(/\s+/).length;
    }
    fs.writeFileSync(path.join(corpus, `a${String(i).padStart(6, '0')}.txt`), out.join('\n\n') + '\n');
  }
  fs.writeFileSync(stamp, '');
}

/** The corpus's articles, in order, as one Nexis Uni export (written line by line: no article held twice). */
function buildExport() {
  const file = `${corpus}-nexis.txt`;
  if (fs.existsSync(`${file}.complete`)) return file;
  const fd = fs.openSync(file, 'w');
  for (const name of corpusFiles()) {
    const body = fs.readFileSync(path.join(corpus, name), 'utf8').trimEnd();
    const title = body.split(/\s+/).slice(0, 7).join(' ');
    const words = body.split(/\s+/).filter(Boolean).length;
    const header = `${title}\n\nBench Courier\nMarch 3, 2025 Monday\n\nLength: ${words} words\nByline: Bench Writer\n\nBody\n\n`;
    fs.writeSync(fd, `${header}${body}\n\nLoad-Date: March 4, 2025\n\nEnd of Document\n\n`);
  }
  fs.closeSync(fd);
  fs.writeFileSync(`${file}.complete`, '');
  return file;
}

function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      // The CLI's results are discarded; only the baseline prints something we read.
      if (stdout.length < 1e6) stdout += d;
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

function countWords() {
  let words = 0;
  for (const f of corpusFiles()) {
    words += fs.readFileSync(path.join(corpus, f), 'utf8').split(/\s+/).filter(Boolean).length;
  }
  return words;
}

buildCorpus();
const rows = [];
let words;
if (RUNS.includes('bare')) {
  const baseline = JSON.parse((await run([path.join(root, 'scripts/bench-compromise.mjs'), corpus])).stdout);
  words = baseline.words;
  rows.push({ name: 'compromise nlp(text), 1 thread', wps: words / baseline.seconds, rssMb: baseline.maxRssKb / 1024, seconds: baseline.seconds });
} else {
  words = countWords();
}
for (const jobs of [1, 2].filter((n) => RUNS.includes(String(n)))) {
  const r = await run([path.join(root, 'bin/claimtrace.js'), 'extract', '--quiet', '--format', 'jsonl', '--jobs', String(jobs), corpus], { CLAIMTRACE_REPORT_RSS: '1' });
  const rss = /peak RSS (\d+) KB/.exec(r.stderr);
  if (r.code !== 0) console.error(r.stderr);
  rows.push({ name: `claimtrace extract --jobs ${jobs}`, wps: words / r.seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, seconds: r.seconds });
}
if (RUNS.includes('export')) {
  const file = buildExport();
  const r = await run([path.join(root, 'bin/claimtrace.js'), 'extract', '--quiet', '--format', 'jsonl', '--jobs', '2', '--input-format', 'nexis', file], { CLAIMTRACE_REPORT_RSS: '1' });
  const rss = /peak RSS (\d+) KB/.exec(r.stderr);
  if (r.code !== 0) console.error(r.stderr);
  rows.push({ name: 'one Nexis export, --jobs 2', wps: words / r.seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, seconds: r.seconds });
}
const bare = RUNS.includes('bare') ? rows[0].wps : NaN;
console.log(`corpus: ${CORPUS ? corpusFiles().length : FILES} files, ${words} words (${path.relative(root, corpus)})`);
console.log('run                               words/s   × bare   peak RSS MB   seconds');
for (const r of rows) {
  const ratio = Number.isNaN(bare) ? '—' : (r.wps / bare).toFixed(2);
  console.log(`${r.name.padEnd(32)} ${r.wps.toFixed(0).padStart(8)} ${ratio.padStart(8)} ${r.rssMb.toFixed(0).padStart(13)} ${r.seconds.toFixed(1).padStart(9)}`);
}
