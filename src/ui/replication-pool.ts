/**
 * Runs one scenario for several seeds across a small pool of engine workers (one per spare
 * core). Each worker takes the next seed when it is free; results are independent of the pool
 * size because every run has its own seed. `cancel` terminates the workers at once.
 */
import { spawnEngine, type EngineHandle } from './engine-worker';
import type { Replication } from './replication-stats';

/** Workers to use: one per spare core, at least one. */
export function poolSize(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2): number {
  return Math.max(1, (cores || 2) - 1);
}

/** Years per message: large, since nothing is drawn until a run ends. */
const CHUNK = 10;

export class ReplicationPool {
  private engines: EngineHandle[] = [];
  private cancelled = false;
  /** Rejects the running `run` (pending calls to a terminated worker never settle). */
  private abort: ((e: Error) => void) | null = null;

  constructor(private readonly size = poolSize(), private readonly spawn = spawnEngine) {}

  /** Runs every seed; `onResult` hears each finished run. Rejects on an engine error or cancel. */
  async run(raw: unknown, seeds: number[], years: number | undefined, onResult: (r: Replication) => void): Promise<Replication[]> {
    this.cancelled = false;
    const queue = [...seeds];
    const results: Replication[] = [];
    const stopped = new Promise<never>((_, reject) => { this.abort = reject; });
    this.engines = Array.from({ length: Math.min(this.size, seeds.length) }, () => this.spawn((m) => this.stop(new Error(m))));
    const lane = async (engine: EngineHandle) => {
      for (let seed = queue.shift(); seed !== undefined && !this.cancelled; seed = queue.shift()) {
        const created = await engine.remote.create(raw, seed, years);
        if (!created.ok) throw new Error(created.problems.join('\n'));
        const cv: number[] = [];
        for (;;) {
          const c = await engine.remote.advance(CHUNK);
          if (!c || this.cancelled) return;
          cv.push(...c.metrics.cv);
          if (c.done) {
            const r = { seed, cv, peak: c.peak };
            results.push(r);
            onResult(r);
            break;
          }
        }
      }
    };
    try {
      await Promise.race([Promise.all(this.engines.map(lane)), stopped]);
    } finally {
      this.terminate();
      this.abort = null;
    }
    return results.sort((a, b) => a.seed - b.seed);
  }

  /** Stops every worker now; the running `run` rejects with "cancelled". */
  cancel(): void {
    this.stop(new Error('cancelled'));
  }

  private stop(e: Error): void {
    this.cancelled = true;
    this.terminate();
    this.abort?.(e);
  }

  private terminate(): void {
    for (const e of this.engines) e.terminate();
    this.engines = [];
  }
}
