import { performance } from 'node:perf_hooks';

/** The measuring protocol of bench-peers' bench.mjs. */
export interface TimingOptions {
  /** Warm-up: at least this many ticks and this many ms (V8 needs it to optimise). */
  warmupTicks: number;
  warmupMs: number;
  /** Timed: at least this many ticks and this many ms, each tick timed on its own. */
  ticks: number;
  measureMs: number;
  /** Caps the warm-up and, separately, the timed ticks. */
  maxTicks: number;
}

export const DEFAULT_TIMING: TimingOptions = { warmupTicks: 1, warmupMs: 1500, ticks: 3, measureMs: 2000, maxTicks: 2000 };
export const QUICK_TIMING: TimingOptions = { warmupTicks: 1, warmupMs: 300, ticks: 3, measureMs: 400, maxTicks: 500 };

export interface Timing {
  warmupTicks: number;
  tickMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median CPU time (user + system) per timed tick: less sensitive than wall time to other load. */
  cpuMedianMs: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Warms up then times `tick` one call at a time with performance.now(); the result is the
 * median tick. `after` runs after each timed tick, outside the timing.
 */
export function timeTicks(tick: () => void, o: TimingOptions, after: () => void = () => {}): Timing {
  let warm = 0;
  const w0 = performance.now();
  while (warm < o.maxTicks && (warm < o.warmupTicks || performance.now() - w0 < o.warmupMs)) { tick(); warm++; }
  const tickMs: number[] = [], cpuMs: number[] = [];
  const m0 = performance.now();
  while (tickMs.length < Math.max(o.ticks, 1) || (tickMs.length < o.maxTicks && performance.now() - m0 < o.measureMs)) {
    const c = process.cpuUsage();
    const a = performance.now();
    tick();
    tickMs.push(performance.now() - a);
    const dc = process.cpuUsage(c);
    cpuMs.push((dc.user + dc.system) / 1000);
    after();
  }
  return { warmupTicks: warm, tickMs, medianMs: median(tickMs), minMs: Math.min(...tickMs), maxMs: Math.max(...tickMs), cpuMedianMs: median(cpuMs) };
}
