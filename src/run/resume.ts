// `--resume`: the inputs already in an earlier JSONL output, keyed by path, record
// and sha256, so an interrupted run continues without duplicates.
import fs from 'node:fs';
import readline from 'node:readline';
import { doneKey } from './task.js';

export async function readDone(file: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!fs.existsSync(file)) return done;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const result = JSON.parse(line) as { source?: { path?: string; record?: number; sha256?: string } };
      const s = result.source;
      // Error records have no sha256: those inputs are tried again.
      if (s?.path && s.sha256) done.add(doneKey(s.path, s.record, s.sha256));
    } catch {
      // A line cut short by the interruption: that input is simply done again.
    }
  }
  return done;
}
