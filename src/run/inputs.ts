// The command line's inputs as a stream of tasks: paths, `--files-from` lists,
// many-article files (JSONL, CSV, Nexis and Factiva exports), and the `--shard K/N` share of them.
import fs from 'node:fs';
import readline from 'node:readline';
import { dumpTasks, type DumpFields, type InputFormat } from '../input/dumpFormat.js';
import { readStdin } from '../input/read.js';
import { expandInputs, type InputRef } from '../input/sources.js';
import type { Task } from './task.js';

export interface InputOptions {
  extensions: string[];
  inputFormat: InputFormat;
  fields: DumpFields;
  filesFrom?: string;
  /** [K, N]: keep the K-th of every N inputs (1-based), deterministically. */
  shard?: [number, number];
}

async function* listedPaths(list: string): AsyncGenerator<string> {
  const input = list === '-' ? process.stdin : fs.createReadStream(list);
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield path;
  }
}

async function* allRefs(paths: string[], options: InputOptions): AsyncGenerator<InputRef> {
  yield* expandInputs(paths, { extensions: options.extensions });
  if (options.filesFrom) {
    try {
      for await (const path of listedPaths(options.filesFrom)) yield* expandInputs([path], { extensions: options.extensions });
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      yield { kind: 'missing', path: options.filesFrom, code: err.code ?? 'EIO', message: `cannot read the --files-from list: ${err.message}` };
    }
  }
}

async function* unsharded(paths: string[], options: InputOptions): AsyncGenerator<Task> {
  for await (const ref of allRefs(paths, options)) {
    const dump = ref.kind !== 'missing' && options.inputFormat !== 'text' ? await dumpTasks(ref.path, options.inputFormat, options.fields) : null;
    if (dump) yield* dump;
    // Workers have no stdin of their own: the main thread reads it and hands over the bytes.
    else if (ref.kind === 'stdin') yield { kind: 'bytes', path: ref.path, bytes: await readStdin() };
    else yield { kind: 'ref', ref };
  }
}

export async function* taskStream(paths: string[], options: InputOptions): AsyncGenerator<Task> {
  let index = 0;
  for await (const task of unsharded(paths, options)) {
    const keep = !options.shard || index % options.shard[1] === options.shard[0] - 1;
    index++;
    if (keep) yield task;
  }
}

/** How many inputs a run will have (for the progress bar); null when it cannot be known cheaply. */
export async function countInputs(paths: string[], options: InputOptions): Promise<number | null> {
  if (options.inputFormat !== 'text' || options.filesFrom === '-' || paths.includes('-')) return null;
  let n = 0;
  for await (const _ of allRefs(paths, options)) n++;
  return options.shard ? Math.ceil((n - (options.shard[0] - 1)) / options.shard[1]) : n;
}
