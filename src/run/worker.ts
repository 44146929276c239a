// A worker thread: processes the tasks the pool sends it, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './processTask.js';
import type { Task, TaskOptions } from './task.js';
import { injectStartFault, injectTestFault } from './testFaults.js';

injectStartFault();

const options = workerData as TaskOptions;

parentPort!.on('message', async (message: { seq: number; task: Task; attempt: number }) => {
  // The time limit runs from here: a worker's start-up is not the document's time.
  parentPort!.postMessage({ seq: message.seq, started: true });
  injectTestFault(message.task, message.attempt);
  const result = await processTask(message.task, options);
  parentPort!.postMessage({ seq: message.seq, result });
});
