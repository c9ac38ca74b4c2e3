import { shippedScenario } from '../../src/scenario/parse';
import { simulate, type World } from '../../src/sim';
import { findPeak } from '../../src/sim/metrics/peak';
import { groupLq, employmentAt } from '../../src/sim/summary';
import { locationQuotients, diversityIndex } from '../../src/sim/metrics/structure';

/** The sources' stylized facts of a cluster, measured on the mean of several seeds. */
export interface StylizedFacts {
  /** Year and height of the smoothed peak of the mean CV of per-capita GDP. */
  peak: { year: number; cv: number } | null;
  /** Mean CV in 2000, 2020 and at the end. */
  cv2000: number; cv2020: number; cvEnd: number;
  /** Manufacturing and innovation LQ (by sector group) of each city at the end. */
  manufacturingLq: Record<string, number>;
  innovationLq: Record<string, number>;
  /** Diversity index (sum of LQs) of each city at the end. */
  diversity: Record<string, number>;
  /** The core's share of cluster manufacturing in 2000 and 2020. */
  coreManufacturing2000: number; coreManufacturing2020: number;
  /** The core's share of cluster manufacturing at its highest and at the end. */
  coreManufacturingPeak: number; coreManufacturingEnd: number;
}

const GROUPS = ['manufacturing', 'innovation', 'services', 'other'];

export function measureFacts(name: string, seeds: number[]): StylizedFacts {
  const sc = shippedScenario(name);
  const worlds: World[] = seeds.map((seed) => simulate(sc, { seed }));
  const w0 = worlds[0];
  const T = w0.series.length, N = w0.N, S = w0.S;
  const years = Array.from(w0.series.year.subarray(0, T));
  const row = (y: number) => years.indexOf(y);
  const meanMetric = (m: 'cv' | 'coreShareManufacturing') =>
    years.map((_, t) => worlds.reduce((s, w) => s + w.series.metrics[m][t], 0) / worlds.length);
  const cv = meanMetric('cv');
  const core = meanMetric('coreShareManufacturing');
  const mean = (f: (w: World) => Float64Array) => {
    const acc = new Float64Array(f(w0).length);
    for (const w of worlds) f(w).forEach((v, k) => { acc[k] += v / worlds.length; });
    return acc;
  };
  const glq = mean((w) => groupLq(w, employmentAt(w, T - 1)));
  const div = mean((w) => diversityIndex(locationQuotients(employmentAt(w, T - 1), N, S), N, S));
  const byCity = (f: (i: number) => number) => Object.fromEntries(w0.cityNames.map((c, i) => [c, f(i)]));
  return {
    peak: findPeak(years, cv),
    cv2000: cv[row(2000)], cv2020: cv[row(2020)], cvEnd: cv[T - 1],
    manufacturingLq: byCity((i) => glq[i * GROUPS.length + GROUPS.indexOf('manufacturing')]),
    innovationLq: byCity((i) => glq[i * GROUPS.length + GROUPS.indexOf('innovation')]),
    diversity: byCity((i) => div[i]),
    coreManufacturing2000: core[row(2000)], coreManufacturing2020: core[row(2020)],
    coreManufacturingPeak: Math.max(...core), coreManufacturingEnd: core[T - 1],
  };
}
