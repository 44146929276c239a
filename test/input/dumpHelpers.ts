// Reads a many-article fixture through the same path as the CLI (dumpTasks →
// processTask), in-process, and checks spans against the file as a reader would.
import fs from 'node:fs';
import { expect } from 'vitest';
import { dumpTasks, type DumpFields, type InputFormat } from '../../src/input/dumpFormat.js';
import { processTask } from '../../src/run/processTask.js';
import type { Task } from '../../src/run/task.js';
import { allSpans, type DocumentResult, type Result } from '../../src/schema/result.js';

export const dumpFixture = (name: string) => new URL(`../../fixtures/dumps/${name}`, import.meta.url).pathname;

export async function tasksOf(path: string, format: InputFormat, fields: Partial<DumpFields> = {}): Promise<Task[]> {
  const tasks: Task[] = [];
  const stream = await dumpTasks(path, format, { textField: 'text', ...fields });
  if (!stream) return tasks;
  for await (const task of stream) tasks.push(task);
  return tasks;
}

export async function resultsOf(path: string, format: InputFormat, fields: Partial<DumpFields> = {}): Promise<Result[]> {
  const results: Result[] = [];
  for (const task of await tasksOf(path, format, fields)) results.push((await processTask(task, { referenceDate: null, maxBytes: 5 * 1024 * 1024 }))!);
  return results;
}

/** Every span is the file's text at its code-point offsets and starts on its line at its column. */
export function expectSpansInFile(result: DocumentResult, path: string): void {
  const text = [...fs.readFileSync(path, 'utf8').replace(/^\ufeff/, '')];
  const lines = text.join('').split(/\r\n|\r|\n/).map((l) => [...l]);
  const spans = allSpans(result);
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) {
    expect(text.slice(span.start, span.end).join('')).toBe(span.text);
    const firstLine = span.text.split(/\r\n|\r|\n/)[0]!;
    expect(lines[span.line - 1]!.slice(span.column - 1, span.column - 1 + [...firstLine].length).join('')).toBe(firstLine);
  }
}

/** No item comes from outside the article's body lines. */
export function expectSpansWithin(result: DocumentResult, [first, last]: [number, number]): void {
  for (const span of allSpans(result)) {
    expect(span.line).toBeGreaterThanOrEqual(first);
    expect(span.endLine).toBeLessThanOrEqual(last);
  }
}

export const documents = (results: Result[]) => results.filter((r): r is DocumentResult => !('error' in r));
