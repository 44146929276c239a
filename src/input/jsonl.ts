// Reads JSON Lines dumps (files, `.gz` files or stdin) as one task per line, in order.
// A line that is not a JSON object with the text field becomes an error task, so
// output keeps one result per input line.
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { Task } from '../run/task.js';
import { openByteStream } from './byteStream.js';

export interface JsonlFields {
  textField: string;
  idField?: string;
  dateField?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export function recordTask(path: string, record: number, line: string, fields: JsonlFields): Task {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'failure', path, record, code: 'EJSON', message: `line ${record} is not JSON: ${(error as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'failure', path, record, code: 'EJSON', message: `line ${record} is not a JSON object` };
  }
  const object = value as Record<string, unknown>;
  const text = object[fields.textField];
  const rawId = fields.idField ? object[fields.idField] : undefined;
  const id = rawId === undefined || rawId === null ? undefined : String(rawId);
  if (typeof text !== 'string') {
    return { kind: 'failure', path, record, ...(id ? { id } : {}), code: 'ENOTEXT', message: `line ${record} has no string field "${fields.textField}"` };
  }
  const rawDate = fields.dateField ? object[fields.dateField] : undefined;
  const referenceDate = typeof rawDate === 'string' && ISO_DAY.test(rawDate) ? rawDate.slice(0, 10) : null;
  return { kind: 'record', path, record, ...(id ? { id } : {}), text, referenceDate };
}

export async function* readJsonl(path: string, fields: JsonlFields): AsyncGenerator<Task> {
  let stream: Readable;
  try {
    stream = await openByteStream(path);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    yield { kind: 'failure', path, code: err.code ?? 'EIO', message: err.code === 'ENOENT' ? 'no such file or directory' : err.message };
    return;
  }
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let record = 0;
  try {
    for await (const line of lines) {
      record++;
      // An empty line still gets its (error) result: one result per input line.
      if (!line.trim()) yield { kind: 'failure', path, record, code: 'EEMPTY', message: `line ${record} is empty` };
      else yield recordTask(path, record, line, fields);
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    yield { kind: 'failure', path, record: record || undefined, code: err.code ?? 'EIO', message: err.code === 'ENOENT' ? 'no such file or directory' : err.message } as Task;
  }
}
