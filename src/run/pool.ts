// Runs tasks on N worker threads and yields their results in input order. At most
// `window` tasks are in flight, so memory does not grow with the number of inputs.
import { Worker } from 'node:worker_threads';
import type { Result } from '../schema/result.js';
import { errorRecord } from './errorRecord.js';
import type { Task, TaskOptions } from './task.js';

type Outcome = Result | null;

interface Pending {
  resolve(outcome: Outcome): void;
  task: Task;
}

class WorkerSlot {
  readonly pending = new Map<number, Pending>();
  private worker: Worker;

  constructor(private readonly options: TaskOptions) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.options });
    worker.on('message', ({ seq, result }: { seq: number; result: Outcome }) => {
      const job = this.pending.get(seq);
      this.pending.delete(seq);
      job?.resolve(result);
    });
    // A crashed worker must not lose inputs: its tasks become error records.
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`worker exited with code ${code}`));
    });
    return worker;
  }

  private fail(error: Error): void {
    for (const [seq, job] of this.pending) {
      this.pending.delete(seq);
      const path = job.task.kind === 'ref' ? job.task.ref.path : job.task.path;
      job.resolve(errorRecord(path, 'EWORKER', error.message));
    }
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.worker = this.spawn();
  }

  run(seq: number, task: Task): Promise<Outcome> {
    return new Promise((resolve) => {
      this.pending.set(seq, { resolve, task });
      this.worker.postMessage({ seq, task });
    });
  }

  close(): Promise<number> {
    this.worker.removeAllListeners();
    return this.worker.terminate();
  }
}

export interface PoolOptions {
  jobs: number;
  task: TaskOptions;
}

/** Results in the order of `tasks`; null where --resume skipped an input. */
export async function* runOrdered(tasks: AsyncIterable<Task>, options: PoolOptions): AsyncGenerator<Outcome> {
  if (options.jobs <= 1) {
    // Loaded only here: with workers the main thread never needs compromise (memory).
    const { processTask } = await import('./processTask.js');
    for await (const task of tasks) yield await processTask(task, options.task);
    return;
  }
  const slots = Array.from({ length: options.jobs }, () => new WorkerSlot(options.task));
  const window = options.jobs * 4;
  const inFlight: Array<Promise<Outcome>> = [];
  const iterator = tasks[Symbol.asyncIterator]();
  let seq = 0;
  let exhausted = false;
  try {
    while (true) {
      while (!exhausted && inFlight.length < window) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        inFlight.push(slot.run(seq++, next.value));
      }
      const head = inFlight.shift();
      if (!head) break;
      yield await head;
    }
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
}
