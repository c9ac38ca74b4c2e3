/** Starts the engine's module worker and wraps it with Comlink. */
import * as Comlink from 'comlink';
import type { EngineApi } from '../sim/worker-api';

export interface EngineHandle {
  remote: Comlink.Remote<EngineApi>;
  worker: Worker;
  /** Releases the proxy and terminates the worker at once (cancels whatever it is doing). */
  terminate(): void;
}

/** A fresh engine worker; `onError` hears script and uncaught errors inside it. */
export function spawnEngine(onError: (message: string) => void): EngineHandle {
  const worker = new Worker(new URL('../sim/worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (e) => onError(e.message || 'worker failed to start'));
  worker.addEventListener('messageerror', () => onError('a message from the worker could not be read'));
  const remote = Comlink.wrap<EngineApi>(worker);
  return {
    remote, worker,
    terminate() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
