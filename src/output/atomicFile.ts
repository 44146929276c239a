// Where results go: stdout, or `--out FILE`. A regular FILE is written to a temporary
// file next to it (FILE.tmp-PID) and renamed into place, so a failed run never leaves
// half a file where a finished one is expected; a run stopped early (interrupted)
// renames what it has, whole results only, so `--resume` can continue from it. A
// FILE that is not a regular file (/dev/stdout, a FIFO, /dev/full) is written directly.
// Every output honours backpressure and turns a write error into an OutputError,
// reported once through `onError`, never a crash.
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { OutputError } from './outputError.js';

export interface Output {
  /** `stdout` or the --out path, for messages. */
  readonly name: string;
  write(chunk: string): void;
  /** Resolves when the output can take more (or has failed). */
  drained(): Promise<void>;
  /** All results written: flush and put the file in place. */
  commit(): Promise<void>;
  /** Write failed or nothing should be kept: remove the temporary file. */
  discard(): void;
}

export const temporaryName = (target: string, pid = process.pid) => `${target}.tmp-${pid}`;

function streamOutput(name: string, stream: Writable, onError: (error: OutputError) => void, finish: () => Promise<void>, discard: () => void): Output {
  let failed = false;
  let waiting: Array<() => void> = [];
  const release = () => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve();
  };
  stream.on('drain', release);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    release();
    onError(new OutputError(name, error));
  });
  return {
    name,
    write(chunk) {
      if (!failed) stream.write(chunk);
    },
    drained() {
      if (failed || !stream.writableNeedDrain) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    commit: () => (failed ? Promise.resolve() : finish()),
    discard,
  };
}

const ended = (stream: fs.WriteStream) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));

export function stdoutOutput(onError: (error: OutputError) => void): Output {
  const flushed = () => new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  return streamOutput('to stdout', process.stdout, onError, flushed, () => {});
}

/**
 * Opens --out FILE. Throws an OutputError at once when FILE cannot be created
 * (EACCES, a missing directory), before any input is read.
 */
export function fileOutput(target: string, onError: (error: OutputError) => void): Output {
  const where = `to ${target}`;
  let special = false;
  try {
    special = !fs.statSync(target).isFile();
  } catch {
    // Does not exist yet: a regular file it will be.
  }
  const path = special ? target : temporaryName(target);
  let fd: number;
  try {
    fd = fs.openSync(path, 'w');
  } catch (error) {
    throw new OutputError(where, error as NodeJS.ErrnoException);
  }
  const stream = fs.createWriteStream(path, { fd, encoding: 'utf8' });
  const remove = () => {
    stream.destroy();
    if (!special) fs.rmSync(path, { force: true });
  };
  const finish = async () => {
    try {
      await ended(stream);
      if (!special) fs.renameSync(path, target);
    } catch (error) {
      remove();
      throw new OutputError(where, error as NodeJS.ErrnoException);
    }
  };
  return streamOutput(where, stream, onError, finish, remove);
}
