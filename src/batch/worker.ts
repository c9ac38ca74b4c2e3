import { parentPort } from 'node:worker_threads';
import { executeRun, type RunTask } from './run-task';
import { writeResultFile } from './result-file';
import type { WorkerReply } from './pool';

// A plain message protocol: the pool sends one RunTask at a time; the worker runs it, writes the
// result file itself (the series never crosses threads) and answers with the run's id.
parentPort!.on('message', (task: RunTask) => {
  let reply: WorkerReply;
  try {
    writeResultFile(task.file, executeRun(task));
    reply = { id: task.run.id, ok: true };
  } catch (e) {
    reply = { id: task.run.id, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
