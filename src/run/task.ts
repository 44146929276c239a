// A unit of work: one file to read, bytes already read (stdin, which only the main
// thread has), one JSONL record, or an input that already failed (kept so its error
// record stands in its place in the output).
import type { Tagger } from '../document/index.js';
import type { ArticlePlace, Source } from '../input/read.js';
import type { InputRef } from '../input/sources.js';
import type { Warning } from '../schema/result.js';

export type Task =
  | { kind: 'ref'; ref: InputRef }
  | { kind: 'bytes'; path: string; bytes: Uint8Array }
  | {
      kind: 'record'; path: string; record: number; id?: string; text: string; referenceDate?: string | null;
      /** An article of an export or CSV file: its lines, base and header metadata. */
      article?: ArticlePlace; encoding?: Source['encoding']; warnings?: Warning[];
    }
  | { kind: 'failure'; path: string; record?: number; id?: string; code: string; message: string };

export interface TaskOptions {
  referenceDate: string | null;
  /** Documents larger than this are parsed in parts split at paragraph boundaries. */
  maxBytes: number;
  /** compromise's tagging (`--tagger`); 'fast' when absent. */
  tagger?: Tagger;
  /** `path\0record\0sha256` keys of results already written (`--resume`). */
  done?: Set<string>;
}

export const doneKey = (path: string, record: number | undefined, sha256: string) => `${path}\0${record ?? ''}\0${sha256}`;

/** Where a task's input is: its path, and for a dump record its record number and id. */
export function taskPlace(task: Task): { path: string; record?: number; id?: string } {
  if (task.kind === 'ref') return { path: task.ref.path };
  if (task.kind === 'bytes') return { path: task.path };
  return { path: task.path, ...(task.record !== undefined ? { record: task.record } : {}), ...(task.id !== undefined ? { id: task.id } : {}) };
}
