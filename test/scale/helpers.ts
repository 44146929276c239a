// Runs the built CLI (npm ci / npm run build makes dist/) and captures its output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/claimtrace.js');

export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(root, 'dist/cli/main.js'))) {
    spawnSync('npx', ['tsc', '-p', root], { cwd: root, stdio: 'inherit' });
  }
}

/** Runs the CLI; `extract` gets --jobs 1 unless the test sets --jobs (workers cost start-up time). */
export function cli(args: string[], input?: string | Buffer) {
  const withJobs = args[0] === 'extract' && !args.includes('--jobs') ? ['extract', '--jobs', '1', ...args.slice(1)] : args;
  const r = spawnSync(process.execPath, [bin, ...withJobs], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const jsonLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
