// Runs tasks on N worker threads and yields their results in input order. At most
// `window` tasks are in flight, so memory does not grow with the number of inputs.
// Each worker holds one document at a time, so a crash or a time-out implicates
// exactly that document: a crashed worker is replaced and its document retried once;
// a document over the time limit becomes an ETIMEOUT record. The run goes on, in order.
import { Worker } from 'node:worker_threads';
import type { Result } from '../schema/result.js';
import { errorRecord } from './errorRecord.js';
import { taskPlace, type Task, type TaskOptions } from './task.js';

type Outcome = Result | null;

interface Job {
  seq: number;
  task: Task;
  /** 0 on the first try, 1 on the retry after a crash. */
  attempt: number;
  resolve(outcome: Outcome): void;
}

const failure = (job: Job, code: string, message: string) => {
  const { path, ...where } = taskPlace(job.task);
  return errorRecord(path, code, message, where);
};

class WorkerSlot {
  private worker: Worker;
  private job: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Whether the current worker has started a task: one that dies before cannot start at all. */
  private working = false;

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: () => void,
    private readonly onBroken: (error: Error) => void,
  ) {
    this.worker = this.spawn();
  }

  get idle(): boolean {
    return this.job === null;
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.options.task });
    worker.on('message', (message: { started?: boolean; result?: Outcome }) => {
      if (message.started) {
        this.working = true;
        this.startClock();
      }
      else this.settle(message.result ?? null);
    });
    worker.on('error', (error) => this.crashed(error.message));
    worker.on('exit', (code) => this.crashed(`worker exited with code ${code}`));
    return worker;
  }

  /** Ends the current worker and starts a fresh one. */
  private replace(): void {
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.working = false;
    this.worker = this.spawn();
  }

  start(job: Job): void {
    this.job = job;
    this.worker.postMessage({ seq: job.seq, task: job.task, attempt: job.attempt });
  }

  private startClock(): void {
    const limit = this.options.timeoutMs;
    if (limit > 0 && this.job) this.timer = setTimeout(() => this.timedOut(), limit);
  }

  private settle(outcome: Outcome): void {
    const job = this.job;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.job = null;
    job?.resolve(outcome);
    this.onIdle();
  }

  private crashed(reason: string): void {
    if (!this.working) {
      // Not the document's fault, and a new worker would fail the same way.
      this.worker.removeAllListeners();
      this.onBroken(new Error(`a worker thread could not start (${reason})`));
      return;
    }
    const job = this.job;
    this.replace();
    if (!job) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Retried once in the fresh worker: a crash that comes back is the document's.
    if (job.attempt === 0) this.start({ ...job, attempt: 1 });
    else this.settle(failure(job, 'EWORKER', `the worker crashed twice on this input (${reason})`));
  }

  private timedOut(): void {
    const job = this.job;
    if (!job) return;
    this.timer = null;
    this.replace();
    this.settle(failure(job, 'ETIMEOUT', `not done after ${this.options.timeoutMs / 1000} s (--timeout)`));
  }

  close(): Promise<number> {
    if (this.timer) clearTimeout(this.timer);
    this.worker.removeAllListeners();
    return this.worker.terminate();
  }
}

export interface PoolOptions {
  jobs: number;
  task: TaskOptions;
  /** Time limit per document in milliseconds; 0 for none. */
  timeoutMs: number;
  /** When aborted: no new task is started and the results already complete are yielded, in order. */
  signal?: AbortSignal;
}

interface Slot {
  promise: Promise<Outcome>;
  done: boolean;
  outcome?: Outcome;
}

const ABORTED = Symbol('aborted');

/** `promise`, or ABORTED as soon as the signal fires. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | typeof ABORTED> {
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/** Results in the order of `tasks`; null where --resume skipped an input. */
export async function* runOrdered(tasks: AsyncIterable<Task>, options: PoolOptions): AsyncGenerator<Outcome> {
  const queue: Job[] = [];
  const dispatch = () => {
    for (const worker of workers) if (queue.length && worker.idle) worker.start(queue.shift()!);
  };
  // Stops on the caller's signal, or when the workers cannot run at all (then throws).
  const stop = new AbortController();
  let broken: Error | null = null;
  const onBroken = (error: Error) => {
    broken ??= error;
    stop.abort();
  };
  if (options.signal?.aborted) stop.abort();
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const signal = stop.signal;
  const workers: WorkerSlot[] = Array.from({ length: Math.max(1, options.jobs) }, () => new WorkerSlot(options, dispatch, onBroken));
  const window = workers.length * 4;
  const inFlight: Slot[] = [];
  const iterator = tasks[Symbol.asyncIterator]();
  let seq = 0;
  let exhausted = false;
  const submit = (task: Task) => {
    const slot: Slot = { done: false } as Slot;
    slot.promise = new Promise<Outcome>((resolve) => queue.push({ seq: seq++, task, attempt: 0, resolve })).then((outcome) => {
      slot.done = true;
      slot.outcome = outcome;
      return outcome;
    });
    inFlight.push(slot);
    dispatch();
  };
  try {
    while (!signal.aborted) {
      while (!exhausted && inFlight.length < window) {
        const next = await unlessAborted(iterator.next(), signal);
        if (next === ABORTED) break;
        if (next.done) exhausted = true;
        else submit(next.value);
      }
      const head = inFlight[0];
      if (!head) break;
      const outcome = await unlessAborted(head.promise, signal);
      if (outcome === ABORTED) break;
      inFlight.shift();
      yield outcome;
    }
    // Stopped early: what is complete at the head of the queue still goes out, in order.
    while (inFlight[0]?.done) yield inFlight.shift()!.outcome!;
    if (broken) throw broken;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
