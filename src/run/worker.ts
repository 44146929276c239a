// A worker thread: processes tasks sent by the pool, one message per task.
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './processTask.js';
import type { Task, TaskOptions } from './task.js';

const options = workerData as TaskOptions;

parentPort!.on('message', async (message: { seq: number; task: Task }) => {
  const result = await processTask(message.task, options);
  parentPort!.postMessage({ seq: message.seq, result });
});
