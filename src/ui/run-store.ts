/**
 * The main thread's copy of a run: the chunks the worker sends, appended into columns sized to
 * the horizon, plus the latest year's flows and dominant groups. Plain data; no DOM.
 */
import { METRIC_NAMES, type MetricName } from '../sim/series';
import type { RunChunk, RunMeta } from '../sim/worker-api';

export class RunStore {
  readonly N: number;
  readonly S: number;
  readonly capacity: number;
  length = 0;
  /** Bumped on every append: a cheap change signal for views. */
  version = 0;
  readonly years: Float64Array;
  readonly metrics: Record<MetricName, Float64Array>;
  /** [t*N + i] */
  readonly population: Float64Array;
  readonly gdpPerCapita: Float64Array;
  /** [(t*N + i)*S + s] */
  readonly lq: Float64Array;
  flows: Float64Array;
  dominantGroup: Uint8Array;
  peak: { year: number; cv: number } | null = null;
  hash: string | null = null;
  done = false;

  constructor(readonly meta: RunMeta) {
    const { N, S } = meta;
    const T = meta.scenario.years;
    this.N = N;
    this.S = S;
    this.capacity = T;
    this.years = new Float64Array(T);
    this.metrics = {} as Record<MetricName, Float64Array>;
    for (const m of METRIC_NAMES) this.metrics[m] = new Float64Array(T);
    this.population = new Float64Array(T * N);
    this.gdpPerCapita = new Float64Array(T * N);
    this.lq = new Float64Array(T * N * S);
    this.flows = new Float64Array(N * N);
    this.dominantGroup = new Uint8Array(N);
  }

  /** Appends a chunk's rows (in order; the worker sends them so). */
  append(c: RunChunk): void {
    const r0 = this.length, rows = c.years.length, { N, S } = this;
    this.years.set(c.years, r0);
    for (const m of METRIC_NAMES) this.metrics[m].set(c.metrics[m], r0);
    this.population.set(c.population, r0 * N);
    this.gdpPerCapita.set(c.gdpPerCapita, r0 * N);
    this.lq.set(c.lq, r0 * N * S);
    if (rows > 0) {
      this.flows = c.flows;
      this.dominantGroup = c.dominantGroup;
    }
    this.length = r0 + rows;
    this.peak = c.peak;
    this.hash = c.hash;
    this.done = c.done;
    this.version++;
  }

  /** Latest recorded year, or the start year before any. */
  get year(): number {
    return this.length ? this.years[this.length - 1] : this.meta.scenario.startYear;
  }

  /** A metric's column up to the latest row (a view, not a copy). */
  column(m: MetricName): Float64Array {
    return this.metrics[m].subarray(0, this.length);
  }

  /** Latest value of a metric, NaN before the first year. */
  latest(m: MetricName): number {
    return this.length ? this.metrics[m][this.length - 1] : NaN;
  }

  /** A row of a per-city column (t in 0..length-1). */
  cityRow(a: Float64Array, t: number): Float64Array {
    return a.subarray(t * this.N, (t + 1) * this.N);
  }

  /** LQ matrix N×S of row t. */
  lqRow(t: number): Float64Array {
    const k = this.N * this.S;
    return this.lq.subarray(t * k, (t + 1) * k);
  }
}
