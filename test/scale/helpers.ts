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

/** Runs the CLI as a user would: the default --jobs unless the test sets it, stdin through a pipe. */
export function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const jsonLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
