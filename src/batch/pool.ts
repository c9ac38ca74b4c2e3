import type { Worker } from 'node:worker_threads';
import type { RunTask } from './run-task';
import { workerFactory, type WorkerBoot } from './worker-factory';

/** A worker's answer to one task. */
export type WorkerReply = { id: string; ok: true } | { id: string; ok: false; error: string };

export interface PoolOptions {
  workers: number;
  /** Called on the main thread after each run's file is in place. */
  onDone?: (id: string) => void;
  /** How threads load the TypeScript worker (default "bundle"). */
  boot?: WorkerBoot;
}

/** The runs that failed, with the worker's error; empty when all succeeded. */
export type PoolFailures = { id: string; error: string }[];

/**
 * Runs the tasks on `workers` worker threads, each taking the next task as soon as it is free.
 * After the first failure no new task starts; the ones under way finish. Resolves when every
 * thread has stopped.
 */
export async function runPool(tasks: RunTask[], opts: PoolOptions): Promise<PoolFailures> {
  const failures: PoolFailures = [];
  let next = 0;
  const count = Math.max(0, Math.min(opts.workers, tasks.length));
  const drive = (worker: Worker) => new Promise<void>((resolve, reject) => {
    const feed = () => {
      if (next >= tasks.length || failures.length) { resolve(); return; }
      worker.postMessage(tasks[next++]);
    };
    worker.on('message', (r: WorkerReply) => {
      if (r.ok) opts.onDone?.(r.id);
      else failures.push({ id: r.id, error: r.error });
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`a sweep worker exited with code ${code}`)));
    feed();
  });
  const start = count ? await workerFactory(opts.boot) : () => { throw new Error('no worker needed'); };
  const workers = Array.from({ length: count }, start);
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return failures;
}
