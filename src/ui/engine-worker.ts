/** Starts the engine's module worker and wraps it with Comlink. */
import * as Comlink from 'comlink';
import type { EngineApi } from '../sim/worker-api';

export interface EngineHandle {
  remote: Comlink.Remote<EngineApi>;
  worker: Worker;
  /** Releases the proxy and terminates the worker at once (cancels whatever it is doing). */
  terminate(): void;
}

/**
 * Test hooks, read once from the page's URL: `?fault=start` starts the page's first worker from a
 * script that does not exist (the browser reports a worker error); `?fault=run` makes the first
 * worker's third `advance` call a method the worker lacks, so it throws inside the worker
 * mid-run; `?fault=hang` terminates the first worker silently at its third `advance` (as an
 * out-of-memory kill would: no error event, no answer). Later workers (a restart) are healthy.
 * `?watchdog=<ms>` shortens the controller's wait for an answer (sim-controller.ts).
 */
const query = typeof location === 'undefined' ? null : new URLSearchParams(location.search);
let fault = query?.get('fault') ?? null;

/** The watchdog time the page's URL asks for (a test hook), or undefined. */
export function watchdogFromUrl(): number | undefined {
  const v = query?.get('watchdog');
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** A fresh engine worker; `onError` hears script and uncaught errors inside it. */
export function spawnEngine(onError: (message: string) => void): EngineHandle {
  const mode = fault;
  fault = null;
  const worker = mode === 'start'
    ? new Worker(new URL('./no-such-worker.js', location.href), { type: 'module' })
    : new Worker(new URL('../sim/worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (e) => onError(e.message || 'worker failed to start'));
  worker.addEventListener('messageerror', () => onError('a message from the worker could not be read'));
  const wrapped = Comlink.wrap<EngineApi>(worker);
  const remote = mode === 'run' ? failingAdvance(wrapped, 3) : mode === 'hang' ? silentDeath(wrapped, worker, 3) : wrapped;
  return {
    remote, worker,
    terminate() {
      wrapped[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** `remote` whose `advance` calls from the `nth` on go to a method the worker does not have. */
function failingAdvance(remote: Comlink.Remote<EngineApi>, nth: number): Comlink.Remote<EngineApi> {
  let calls = 0;
  return new Proxy(remote, {
    get(target, prop, receiver) {
      if (prop === 'advance' && ++calls >= nth) return Reflect.get(target, 'injectedFault', receiver);
      return Reflect.get(target, prop, receiver);
    },
  });
}

/** `remote` whose worker is terminated, without any event, just before the `nth` `advance` call. */
function silentDeath(remote: Comlink.Remote<EngineApi>, worker: Worker, nth: number): Comlink.Remote<EngineApi> {
  let calls = 0;
  return new Proxy(remote, {
    get(target, prop, receiver) {
      if (prop === 'advance' && ++calls >= nth) worker.terminate();
      return Reflect.get(target, prop, receiver);
    },
  });
}
