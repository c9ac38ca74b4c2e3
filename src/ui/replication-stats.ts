/** Summaries of replicated runs: per-year mean and quantile band of the CV, peak-year histogram. Pure. */

/** One replication's result. */
export interface Replication {
  seed: number;
  cv: ArrayLike<number>;
  peak: { year: number; cv: number } | null;
}

/** Quantile q in [0, 1] of sorted values, linear interpolation between order statistics (Hyndman & Fan type 7, R's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q, lo = Math.floor(h), hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Per-row mean, 10% and 90% quantiles over the runs (rows = the shortest run's length). */
export function band(runs: Replication[], lo = 0.1, hi = 0.9): { mean: number[]; lo: number[]; hi: number[] } {
  const T = runs.length ? Math.min(...runs.map((r) => r.cv.length)) : 0;
  const mean: number[] = [], qlo: number[] = [], qhi: number[] = [];
  for (let t = 0; t < T; t++) {
    const v = runs.map((r) => r.cv[t]).sort((a, b) => a - b);
    mean.push(v.reduce((s, x) => s + x, 0) / v.length);
    qlo.push(quantileSorted(v, lo));
    qhi.push(quantileSorted(v, hi));
  }
  return { mean, lo: qlo, hi: qhi };
}

/** Counts of runs by peak year (ascending years), and the number of runs without a peak. */
export function peakHistogram(runs: Replication[]): { bins: { year: number; n: number }[]; none: number } {
  const counts = new Map<number, number>();
  let none = 0;
  for (const r of runs) {
    if (r.peak) counts.set(r.peak.year, (counts.get(r.peak.year) ?? 0) + 1);
    else none++;
  }
  return { bins: [...counts].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, n })), none };
}
