// Expands the command line's paths, folders, globs and `-` into inputs, in order.
import fs from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' } | { kind: 'missing'; path: string; code: string; message: string };

const GLOB_CHARS = /[*?[\]{}]/;

export interface ExpandOptions {
  /** Extensions that folders are searched for, with the dot. */
  extensions: string[];
}

async function walk(dir: string, extensions: string[]): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full, extensions)));
    else if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(full);
  }
  return found;
}

export async function* expandInputs(paths: string[], options: ExpandOptions): AsyncGenerator<InputRef> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let stat: import('node:fs').Stats | null = null;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      if (GLOB_CHARS.test(p)) {
        const matches = (await glob(p, { onlyFiles: true, expandDirectories: false })).sort();
        if (matches.length) {
          for (const m of matches) yield { kind: 'file', path: m };
          continue;
        }
        yield { kind: 'missing', path: p, code: 'ENOENT', message: 'no file matches this pattern' };
        continue;
      }
      const err = error as NodeJS.ErrnoException;
      yield { kind: 'missing', path: p, code: err.code ?? 'EIO', message: err.code === 'ENOENT' ? 'no such file or directory' : err.message };
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of await walk(p, options.extensions)) yield { kind: 'file', path: f };
    } else yield { kind: 'file', path: p };
  }
}
