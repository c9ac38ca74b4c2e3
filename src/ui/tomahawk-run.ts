/**
 * Drives the tomahawk worker: the diagram point by point (for progress), then the break and
 * sustain points by bisection. The result is kept for the page's lifetime, so moving between
 * lesson steps does not recompute it.
 */
import * as Comlink from 'comlink';
import type { TomahawkApi, TomahawkResult, TomahawkRequest } from '../teach/tomahawk-api';
import { DEFAULT_PHIS } from '../teach/tomahawk-api';
import type { TomahawkPoint } from '../sim/tomahawk';

/** σ = 5, μ = 0.4 (the model brief's pair), 1000 firms: thresholds within 1% in a few seconds. */
export const LESSON_TOMAHAWK: TomahawkRequest = { sigma: 5, mu: 0.4, firms: 1000, phis: DEFAULT_PHIS };

export interface TomahawkProgress { done: number; total: number; points: TomahawkPoint[]; bisecting: boolean }

const cache = new Map<string, Promise<TomahawkResult>>();

/** The diagram and thresholds for `req`; `onProgress` hears each finished run. */
export function computeTomahawk(req: TomahawkRequest, onProgress: (p: TomahawkProgress) => void): Promise<TomahawkResult> {
  const key = JSON.stringify(req);
  let job = cache.get(key);
  if (!job) {
    job = run(req, onProgress);
    cache.set(key, job);
    job.catch(() => cache.delete(key));
  }
  return job;
}

async function run(req: TomahawkRequest, onProgress: (p: TomahawkProgress) => void): Promise<TomahawkResult> {
  const worker = new Worker(new URL('../teach/tomahawk-worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<TomahawkApi>(worker);
  try {
    const points: TomahawkPoint[] = [];
    const total = req.phis.length;
    for (const phi of req.phis) {
      points.push(await remote.point(req.sigma, req.mu, phi, req.firms));
      onProgress({ done: points.length, total, points: [...points], bisecting: false });
    }
    onProgress({ done: total, total, points: [...points], bisecting: true });
    const brk = await remote.breakPoint(req.sigma, req.mu, req.firms);
    const sustain = await remote.sustainPoint(req.sigma, req.mu, req.firms);
    return { sigma: req.sigma, mu: req.mu, points, break: brk, sustain };
  } finally {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}
