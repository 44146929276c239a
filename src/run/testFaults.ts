// Faults the CLI's own tests inject into a worker (a crash, a document that never
// ends), so crash and time-limit handling are tested on the real binary. Honoured
// only under the test runner (VITEST is set), never in a user's run.
import { taskPlace, type Task } from './task.js';

type Fault = 'crash' | 'crash-first' | 'hang' | 'no-start';

/**
 * CLAIMTRACE_TEST_FAULTS="crash:a.txt,hang:b.txt,crash:dump.jsonl:3": the fault for
 * tasks whose path, or path:record for a dump record, ends with the name.
 */
function faults(): Array<[Fault, string]> {
  const spec = process.env.VITEST ? process.env.CLAIMTRACE_TEST_FAULTS : undefined;
  if (!spec) return [];
  return spec.split(',').map((entry) => {
    const colon = entry.indexOf(':');
    return [entry.slice(0, colon) as Fault, entry.slice(colon + 1)];
  });
}

const configured = faults();

/** `no-start:`: the worker dies as it loads, before any task. */
export function injectStartFault(): void {
  if (configured.some(([fault]) => fault === 'no-start')) throw new Error('test fault: no-start');
}

/** Applies the fault configured for this task, if any: `crash-first` crashes only on the first attempt. */
export function injectTestFault(task: Task, attempt: number): void {
  if (!configured.length) return;
  const { path, record } = taskPlace(task);
  const where = record === undefined ? path : `${path}:${record}`;
  for (const [fault, name] of configured) {
    if (!where.endsWith(name)) continue;
    if (fault === 'crash' || (fault === 'crash-first' && attempt === 0)) process.exit(70);
    if (fault === 'hang') for (;;);
  }
}
