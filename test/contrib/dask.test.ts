// contrib/dask/claimtrace_dask.py on a real Dask cluster: a scheduler and two workers on
// 127.0.0.1 (ports the OS picks, so they differ), each killed by pid at the end. The union
// of the parts must be byte for byte one local `claimtrace extract` over the same dump, also
// when a worker is killed mid-job. Without Python's dask.distributed the tests are skipped,
// except in CI (env CI set), where .ci/run installs it and its absence is a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, claimtrace, root, type Run } from '../cli/helpers.js';

const driver = path.join(root, 'contrib/dask/claimtrace_dask.py');
const claimtraceCommand = [process.execPath, path.join(root, 'bin/claimtrace.js')].map((s) => `'${s.replace(/'/g, `'\\''`)}'`).join(' ');

/** A Python with dask.distributed: Debian's packages are for /usr/bin/python3, which PATH's python3 may not be. */
function findDaskPython(): string | null {
  for (const candidate of [process.env.CLAIMTRACE_DASK_PYTHON, '/usr/bin/python3', 'python3']) {
    if (candidate && spawnSync(candidate, ['-c', 'import dask, distributed'], { timeout: 60_000 }).status === 0) return candidate;
  }
  return null;
}
const python = findDaskPython();
const missing = 'no Python with dask.distributed (apt-get install python3-distributed python3-dask)';
if (!python && !process.env.CI) console.warn(`test/contrib/dask.test.ts skipped: ${missing}`);

/** mulberry32, so the dump is the same on every machine. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 1,020 records from the fixtures' paragraphs: a.jsonl (700), b.jsonl.gz (300) and c.jsonl, whose
 * 20 lines include an empty one, one that is not JSON, one without text, CRLF ends and no final newline.
 */
function writeDump(dir: string): string[] {
  const paragraphs = fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => fs.readFileSync(path.join(root, 'fixtures', f), 'utf8').split(/\r?\n/))
    .map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 6);
  const random = prng(17);
  const record = (i: number) => JSON.stringify({ id: `r${i}`, ...(i % 3 ? { published: '2025-10-30' } : {}), text: paragraphs[Math.floor(random() * paragraphs.length)] });
  const lines = (from: number, count: number) => Array.from({ length: count }, (_, i) => record(from + i));
  fs.writeFileSync(path.join(dir, 'a.jsonl'), lines(0, 700).join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'b.jsonl.gz'), zlib.gzipSync(lines(700, 300).join('\n') + '\n'));
  const c = lines(1000, 17);
  c.splice(3, 0, '', 'not json', JSON.stringify({ id: 'no-text', body: 'x' }));
  fs.writeFileSync(path.join(dir, 'c.jsonl'), c.join('\r\n'));
  return ['a.jsonl', 'b.jsonl.gz', 'c.jsonl'].map((f) => path.join(dir, f));
}

interface Started {
  child: ChildProcess;
  done: Promise<Run>;
}

/**
 * Dask settings for a cheap idle test cluster: no profiler sampling every 10 ms, no event-loop
 * tick check every 20 ms, no work stealing; an idle scheduler and worker then use ~1% of a core.
 */
const quietDask = {
  DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED: 'False',
  DASK_DISTRIBUTED__ADMIN__SYSTEM_MONITOR__INTERVAL: '5s',
  DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL: '1s',
  DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING: 'False',
};

function start(file: string, args: string[]): Started {
  const child = spawn(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...quietDask } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

async function waitFor<T>(what: string, probe: () => T | undefined | null | false, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Processes whose parent is pid, from /proc (Linux). */
function childrenOf(pid: number): Array<{ pid: number; command: string }> {
  const children = [];
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) continue;
      children.push({ pid: Number(entry), command: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

const parts = (out: string) => fs.readdirSync(out).filter((f) => /^part-\d{5}\.jsonl$/.test(f)).sort();
const union = (out: string) => parts(out).map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('');
const workersUsed = (stderr: string) => new Set([...stderr.matchAll(/ s on (tcp:\/\/\S+) \[/g)].map((m) => m[1]));
/** The local run's lines for one input file. */
const linesOf = (jsonl: string, file: string) => jsonl.split('\n').filter((l) => l && JSON.parse(l).source.path === file);

describe.skipIf(!python && !process.env.CI)('contrib/dask/claimtrace_dask.py on a local Dask cluster', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-dask-'));
  const schedulerFile = path.join(dir, 'scheduler.json');
  const started: Started[] = [];
  const workers: Started[] = [];
  const strays: number[] = [];
  let dump: string[] = [];
  let local: Run;
  const runDriver = (out: string, inputs: string[], extra: string[]) =>
    start(python!, [driver, '--scheduler-file', schedulerFile, '--wait', '120', '--out', out,
      '--claimtrace', claimtraceCommand, '--id-field', 'id', '--date-field', 'published', ...extra, ...inputs]);

  beforeAll(async () => {
    if (!python) return;
    buildIfMissing();
    dump = writeDump(dir);
    // Bounded lifetimes, in case this process dies before afterAll: the scheduler stops when idle,
    // workers when their lifetime ends or the scheduler has gone for a minute.
    started.push(start(python, ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard',
      '--scheduler-file', schedulerFile, '--idle-timeout', '600']));
    await waitFor('the scheduler file', () => fs.existsSync(schedulerFile) && /"address"/.test(fs.readFileSync(schedulerFile, 'utf8')), 120);
    for (let i = 0; i < 2; i++) {
      const worker = start(python, ['-m', 'distributed.cli.dask_worker', '--scheduler-file', schedulerFile, '--host', '127.0.0.1',
        '--nthreads', '1', '--no-nanny', '--no-dashboard', '--death-timeout', '60', '--lifetime', '900s', '--local-directory', dir]);
      started.push(worker);
      workers.push(worker);
    }
    local = await claimtrace(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet', '--id-field', 'id', '--date-field', 'published', ...dump]);
  }, 300_000);

  afterAll(async () => {
    const pids = [...started.map((s) => s.child.pid!), ...strays].filter(alive);
    for (const pid of pids) process.kill(pid, 'SIGTERM');
    await waitFor('Dask processes to stop', () => !pids.some(alive), 20).catch(() => pids.filter(alive).forEach((pid) => process.kill(pid, 'SIGKILL')));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('finds Python with dask.distributed', () => {
    expect(python, missing).not.toBeNull();
  });

  it('writes parts whose union is byte for byte one local run, on both workers', async () => {
    const out = path.join(dir, 'out');
    // Few partitions: each one starts claimtrace, which costs about as much as 300 short records.
    const run = await runDriver(out, dump, ['--block-size', '350', '--workers', '2']).done;
    expect(run.stderr).toContain('1020 records in 3 partitions of up to 350');
    expect(run.code, run.stderr).toBe(0);
    expect(local.stdout.split('\n').filter(Boolean)).toHaveLength(1020);
    expect(parts(out)).toHaveLength(3);
    expect(union(out)).toBe(local.stdout);
    expect(fs.existsSync(path.join(out, '_SUCCESS'))).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(workersUsed(run.stderr).size).toBe(2);
    expect(run.stderr).toContain('c.jsonl:5: line 5 is not JSON');
  }, 300_000);

  it('completes when a worker is killed mid-job, its task rerun on the other', async () => {
    const out = path.join(dir, 'out-killed');
    const inputs = dump.slice(1);
    const job = runDriver(out, inputs, ['--block-size', '80', '--workers', '2']);
    // Kill a worker while it runs claimtrace on a partition, once another part is written.
    const victim = await waitFor('a worker running claimtrace after a first part', () => {
      if (!fs.existsSync(out) || parts(out).length === 0) return undefined;
      return workers.map((w) => ({ worker: w.child.pid!, running: childrenOf(w.child.pid!).find((c) => c.command.includes('claimtrace.js')) }))
        .find((w) => w.running);
    }, 240);
    process.kill(victim.worker, 'SIGKILL');
    strays.push(victim.running!.pid);
    const run = await job.done;
    expect(run.code, run.stderr).toBe(0);
    expect(union(out)).toBe([...linesOf(local.stdout, inputs[0]!), ...linesOf(local.stdout, inputs[1]!)].map((l) => `${l}\n`).join(''));
    expect(parts(out)).toHaveLength(4);
    expect(fs.existsSync(path.join(out, '_SUCCESS'))).toBe(true);
    // claimtrace under the killed worker stops by itself once its output pipe is gone.
    await waitFor('the killed worker\'s claimtrace to exit', () => !alive(victim.running!.pid), 60);
  }, 300_000);

  it('stops before the run when a worker cannot run claimtrace; exits 1 without _SUCCESS when partitions fail after their retries; --resume runs just those', async () => {
    const out = path.join(dir, 'out-failing');
    const inputs = [dump[2]!];
    // A claimtrace that answers --version but fails every extraction.
    const failing = `sh -c 'if [ "$1" = --version ]; then echo 0.1.0; else echo "broken build" >&2; exit 3; fi' claimtrace`;
    const runFailing = (extra: string[] = []) => start(python!, [driver, '--scheduler-file', schedulerFile, '--out', out, '--claimtrace', failing,
      '--retries', '1', '--block-size', '10', '--id-field', 'id', '--date-field', 'published', ...extra, ...inputs]).done;
    const missingCommand = await start(python!, [driver, '--scheduler-file', schedulerFile, '--out', out, '--claimtrace', '/nonexistent/claimtrace', ...inputs]).done;
    expect(missingCommand.code).toBe(2);
    expect(missingCommand.stderr).toMatch(/worker tcp:\/\/127\.0\.0\.1:\d+ \(.*\): cannot run `\/nonexistent\/claimtrace`/);
    expect(fs.existsSync(out)).toBe(false);

    const failed = await runFailing();
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(/part-00000\.jsonl failed \(tried up to 2 times\): .*exited with status 3.*broken build/);
    expect(failed.stderr).toContain('2 of 2 partitions failed (part-00000.jsonl, part-00001.jsonl)');
    expect(fs.readdirSync(out).sort()).toEqual(['_partitions.json']);

    const again = await runDriver(out, inputs, ['--block-size', '10', '--workers', '1']).done;
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toContain('exists and is not empty');

    const resumed = await runDriver(out, inputs, ['--block-size', '10', '--workers', '1', '--resume']).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(union(out)).toBe(linesOf(local.stdout, inputs[0]!).map((l) => `${l}\n`).join(''));

    // --resume runs only the parts that are missing: part-00000 is kept as it is.
    const kept = fs.readFileSync(path.join(out, 'part-00000.jsonl'), 'utf8');
    for (const file of ['part-00001.jsonl', '_SUCCESS']) fs.rmSync(path.join(out, file));
    const partly = await runFailing(['--resume']);
    expect(partly.code, partly.stderr).toBe(1);
    expect(partly.stderr).toContain('1 of 2 partitions failed (part-00001.jsonl)');
    expect(parts(out)).toEqual(['part-00000.jsonl']);
    expect(fs.readFileSync(path.join(out, 'part-00000.jsonl'), 'utf8')).toBe(kept);
  }, 300_000);
});
