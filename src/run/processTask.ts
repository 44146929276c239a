// One task to one result: read, decode, extract. Any failure becomes an error
// record; with --resume an input already in the output gives null (skip it).
import { extractSource } from '../index.js';
import { maybeGunzip } from '../input/gzip.js';
import { isFailure, readSource, sourceFromBytes, sourceFromText, type Source } from '../input/read.js';
import type { ErrorResult, Result } from '../schema/result.js';
import { errorRecord } from './errorRecord.js';
import { doneKey, type Task, type TaskOptions } from './task.js';

async function readTaskSource(task: Task): Promise<Source | ErrorResult> {
  if (task.kind === 'failure') return errorRecord(task.path, task.code, task.message, task);
  if (task.kind === 'record') {
    const source = { ...sourceFromText(task.path, task.text), record: task.record, ...(task.id !== undefined ? { id: task.id } : {}) };
    if (!task.article) return source;
    // An export's article keeps its text whole (offsets are the file's) and the file's encoding.
    const whole = task.article.base ? { text: task.text, encoding: task.encoding ?? source.encoding } : {};
    return { ...source, ...whole, article: task.article, warnings: [...source.warnings, ...(task.warnings ?? [])] };
  }
  const source = task.kind === 'bytes' ? sourceFromBytes(task.path, maybeGunzip(task.bytes)) : await readSource(task.ref);
  return isFailure(source) ? errorRecord(source.path, source.code, source.message) : source;
}

export async function processTask(task: Task, options: TaskOptions): Promise<Result | null> {
  const source = await readTaskSource(task);
  if ('error' in source) return source;
  if (options.done?.has(doneKey(source.path, source.record, source.sha256))) return null;
  const referenceDate = options.referenceDate ?? (task.kind === 'record' ? task.referenceDate ?? null : null);
  try {
    return extractSource(source, { referenceDate, maxParseChars: options.maxBytes, tagger: options.tagger });
  } catch (error) {
    return errorRecord(source.path, 'EEXTRACT', (error as Error).message, source);
  }
}
