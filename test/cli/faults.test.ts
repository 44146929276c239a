// The CLI under faults, run as users run it: the default --jobs, real pipes, a real
// SIGINT mid-run then --resume, /dev/full, a worker that dies, a document that never
// ends. Faults inside a worker come from CLAIMTRACE_TEST_FAULTS (src/run/testFaults.ts),
// honoured only under the test runner. Inputs are small so each run takes seconds.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIfMissing, jsonLines, root } from './helpers.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const bin = path.join(root, 'bin/claimtrace.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-faults-'));
const dir = path.join(tmp, 'articles');
const COUNT = 12;
const name = (i: number) => `a${String(i).padStart(2, '0')}.txt`;
const article = (i: number) =>
  `Talks resume in town ${i}\n\nBy Test Desk\n\nOfficials said on Monday that ${i + 2} people were killed in clashes near the border, police said.\n`;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}, stdio: 'pipe' | number = 'pipe'): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['pipe', stdio, 'pipe'] });
}

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function run(args: string[], env: Record<string, string> = {}, input = ''): Promise<Run> {
  const child = start(args, env);
  const done = finished(child);
  child.stdin!.end(input);
  return done;
}

/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const lineCount = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').length - 1 : 0);
const temporaries = (file: string) => fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.tmp-`));
const byPath = (results: any[]) => [...results].sort((a, b) => (a.source.path < b.source.path ? -1 : 1));
const inputs = () => Array.from({ length: COUNT }, (_, i) => path.join(dir, name(i)));

let reference: any[];

beforeAll(async () => {
  buildIfMissing();
  fs.mkdirSync(dir);
  for (let i = 0; i < COUNT; i++) fs.writeFileSync(path.join(dir, name(i)), article(i));
  const r = await run(['extract', '--format', 'jsonl', '--quiet', dir]);
  expect(r.code).toBe(0);
  reference = jsonLines(r.stdout);
  expect(reference).toHaveLength(COUNT);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('interrupt and resume', () => {
  it('SIGINT keeps the whole results so far in --out; --resume replaces error records, drops a cut line, and ends with one result per input', async () => {
    const out = path.join(tmp, 'interrupted.jsonl');
    // a02 crashes its worker every time (an EWORKER record); a06 never finishes, so the run is surely mid-way.
    const child = start(['extract', '--format', 'jsonl', '--timeout', '0', '--out', out, dir], { CLAIMTRACE_TEST_FAULTS: `crash:${name(2)},hang:${name(6)}` });
    const done = finished(child);
    child.stdin!.end();
    const temp = () => path.join(tmp, temporaries(out)[0] ?? 'none');
    await until(() => lineCount(temp()) >= 6, 'six results in the temporary file');
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/claimtrace extract: interrupted \(SIGINT\): 6 complete results in .*interrupted\.jsonl/);
    expect(temporaries(out)).toEqual([]);
    const partial = jsonLines(fs.readFileSync(out, 'utf8'));
    expect(partial.map((r) => path.basename(r.source.path))).toEqual(inputs().slice(0, 6).map((p) => path.basename(p)));
    expect(partial[2].error.code).toBe('EWORKER');

    fs.appendFileSync(out, '{"schemaVersion":1,"source":{"pa'); // as if cut off mid-line
    const resumed = await run(['extract', '--format', 'jsonl', '--out', out, '--resume', dir]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('5 already done');
    const text = fs.readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(byPath(jsonLines(text))).toEqual(byPath(reference));
  });

  it('--resume also picks up the temporary file of a run killed outright', async () => {
    const out = path.join(tmp, 'killed.jsonl');
    const child = start(['extract', '--format', 'jsonl', '--timeout', '0', '--out', out, dir], { CLAIMTRACE_TEST_FAULTS: `hang:${name(4)}` });
    const done = finished(child);
    child.stdin!.end();
    const temp = () => path.join(tmp, temporaries(out)[0] ?? 'none');
    await until(() => lineCount(temp()) >= 4, 'four results in the temporary file');
    child.kill('SIGKILL');
    await done;
    expect(temporaries(out)).toHaveLength(1);
    const resumed = await run(['extract', '--format', 'jsonl', '--out', out, '--resume', dir]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('4 already done');
    expect(temporaries(out)).toEqual([]);
    expect(byPath(jsonLines(fs.readFileSync(out, 'utf8')))).toEqual(byPath(reference));
  });

  it('SIGTERM on a JSON run to stdout still closes the array, and exits 143', async () => {
    const child = start(['extract', '--format', 'json', '--timeout', '0', dir], { CLAIMTRACE_TEST_FAULTS: `hang:${name(3)}` });
    let seen = '';
    child.stdout!.on('data', (d) => (seen += d));
    const done = finished(child);
    child.stdin!.end();
    await until(() => (seen.match(/"schemaVersion"/g) ?? []).length >= 3, 'three results on stdout');
    child.kill('SIGTERM');
    const stopped = await done;
    expect(stopped.code).toBe(143);
    expect((JSON.parse(seen) as any[]).map((r) => r.source.path)).toEqual(inputs().slice(0, 3));
    expect(stopped.stderr).toMatch(/claimtrace extract: interrupted \(SIGTERM\) after 3 complete results/);
  });
});

describe('write errors', () => {
  it('a full disk as stdout: a clear message, exit 3', async () => {
    const full = fs.openSync('/dev/full', 'w');
    const child = start(['extract', '--format', 'jsonl', dir], {}, full);
    fs.closeSync(full);
    const r = await finished(child);
    child.stdin?.end();
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe('claimtrace extract: cannot write to stdout: no space left on device (ENOSPC)');
  });

  it('a full disk as --out: a clear message, exit 3', async () => {
    const r = await run(['extract', '--format', 'json', '--out', '/dev/full', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe('claimtrace extract: cannot write to /dev/full: no space left on device (ENOSPC)');
  });

  it('an --out that cannot be created is refused before any work, exit 3', async () => {
    const notADir = path.join(tmp, 'plain-file');
    fs.writeFileSync(notADir, '');
    const r = await run(['timeline', '--out', path.join(notADir, 'out.json'), dir]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(`claimtrace timeline: cannot write to ${path.join(notADir, 'out.json')}: a parent is not a directory (ENOTDIR)`);
  });

  it('| head -1 ends quietly, with the exit code of a closed pipe', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" extract --format jsonl "${dir}" | head -1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: root, encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('exit 141');
  });
});

describe('workers', () => {
  it('a worker that dies once is replaced and its document retried; --timeout turns a document that never finishes into an ETIMEOUT record; the run goes on, in order', async () => {
    const faults = `crash-first:${name(1)},crash-first:${name(7)},hang:${name(4)}`;
    const r = await run(['extract', '--format', 'jsonl', '--quiet', '--timeout', '5', dir], { CLAIMTRACE_TEST_FAULTS: faults });
    expect(r.code).toBe(1);
    const results = jsonLines(r.stdout) as any[];
    expect(results.map((x) => x.source.path)).toEqual(inputs());
    expect(results[4].error).toEqual({ code: 'ETIMEOUT', message: 'not done after 5 s (--timeout)' });
    expect(results.filter((_, i) => i !== 4)).toEqual(reference.filter((_, i) => i !== 4));
  });

  it('a record that crashes its worker twice gets an EWORKER record with its record number and id; the rest are done, in order', async () => {
    const dump = path.join(tmp, 'dump.jsonl');
    fs.writeFileSync(dump, Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `doc-${i + 1}`, text: article(i) })).join('\n') + '\n');
    const r = await run(['extract', '--input-format', 'jsonl', '--id-field', 'id', '--format', 'jsonl', dump], { CLAIMTRACE_TEST_FAULTS: 'crash:dump.jsonl:3' });
    expect(r.code).toBe(1);
    const results = jsonLines(r.stdout) as any[];
    expect(results.map((x) => x.source.record)).toEqual([1, 2, 3, 4, 5]);
    expect(results[2]).toMatchObject({ source: { path: dump, record: 3, id: 'doc-3' }, error: { code: 'EWORKER' } });
    expect(results.filter((x) => x.error)).toHaveLength(1);
    expect(r.stderr).toContain(`claimtrace extract: ${dump}:3: the worker crashed twice on this input`);
  });

  it('workers that cannot start at all: an internal error, exit 3, not a record per input', async () => {
    const r = await run(['extract', '--format', 'jsonl', dir], { CLAIMTRACE_TEST_FAULTS: 'no-start:' });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claimtrace extract: internal error: Error: a worker thread could not start \(test fault: no-start\)/);
  });
});

describe('timeline', () => {
  it('names itself in messages and writes nothing when interrupted', async () => {
    const out = path.join(tmp, 'timeline.json');
    const child = start(['timeline', '--timeout', '0', '--out', out, dir, path.join(tmp, 'missing.txt')], { CLAIMTRACE_TEST_FAULTS: `hang:${name(8)}` });
    const done = finished(child);
    child.stdin!.end();
    await until(() => temporaries(out).length === 1, 'the temporary file');
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^claimtrace timeline: interrupted \(SIGINT\) after \d+ of the articles: no timeline written/m);
    expect(fs.existsSync(out)).toBe(false);
    expect(temporaries(out)).toEqual([]);
  });
});
