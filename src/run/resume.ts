// `--resume`: carries the complete results of an earlier run into the new output and
// says which inputs they cover (path, record and sha256), so the run continues
// without doing them twice. The earlier file is streamed line by line (any size).
// Dropped, so that their inputs are done again: error records (a retry replaces
// them), a line cut off by an interruption, anything that is not a result. Results
// of a run that died before it could rename its temporary file (FILE.tmp-PID of a
// process that is gone) are carried over too, each input once.
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { temporaryName, type Output } from '../output/atomicFile.js';
import { doneKey } from './task.js';

export interface CarriedOver {
  done: Set<string>;
  /** Results carried over. */
  kept: number;
  /** Temporary files of dead runs that were read: removed once the new output is in place. */
  stranded: string[];
}

/** Lines that end with a newline; a last line without one was cut off and is left out. */
async function* completeLines(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of fs.createReadStream(file)) {
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** FILE.tmp-PID files whose process no longer runs. */
export function strandedTemporaries(target: string): string[] {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => path.join(dir, name))
    .filter((file) => {
      const pid = Number(file.slice(file.lastIndexOf('-') + 1));
      return file !== temporaryName(target) && !isAlive(pid);
    })
    .sort();
}

function resultKey(line: string): string | null {
  try {
    const s = (JSON.parse(line) as { source?: { path?: unknown; record?: number; sha256?: unknown } } | null)?.source;
    // Error records have no sha256: those inputs are tried again.
    return s && typeof s.path === 'string' && typeof s.sha256 === 'string' ? doneKey(s.path, s.record, s.sha256) : null;
  } catch {
    return null;
  }
}

export async function carryOver(target: string, output: Output): Promise<CarriedOver> {
  const stranded = strandedTemporaries(target);
  const done = new Set<string>();
  let kept = 0;
  for (const file of [...(fs.existsSync(target) ? [target] : []), ...stranded]) {
    for await (const line of completeLines(file)) {
      const key = resultKey(line);
      if (!key || done.has(key)) continue;
      done.add(key);
      output.write(line + '\n');
      kept++;
      await output.drained();
    }
  }
  return { done, kept, stranded };
}
