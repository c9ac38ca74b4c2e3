/**
 * What a run records: one row a year, stored as columns (typed arrays), the shape uPlot
 * draws ([xs, ys1, ys2, …]) and what crosses the worker boundary as transferables.
 */

/** Cluster-level metrics recorded every year, in column order. */
export const METRIC_NAMES = [
  'cv', 'weightedCv', 'theil', 'theilBetween', 'theilWithin', 'gini',
  'moranI', 'moranZ', 'rankSize',
  'coreShareManufacturing', 'coreShareInnovation',
  'meanDiversity', 'meanSpecialization',
  'firms', 'innovatingFirms', 'relocations', 'births', 'exits',
  'population', 'employment', 'gdp', 'tradeFreeness',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface Series {
  N: number;
  S: number;
  /** Rows recorded so far. */
  length: number;
  year: Float64Array;
  metrics: Record<MetricName, Float64Array>;
  /** Per city and year, laid out [t][i] (T×N). */
  population: Float64Array;
  gdp: Float64Array;
  gdpPerCapita: Float64Array;
  /** Firms' value added (their wage bills: industry and services output), per city and year (T×N). */
  firmOutput: Float64Array;
  /** Per city, sector and year, laid out [t][i][s] (T×N×S). */
  employment: Float64Array;
  /** Relocations by origin × destination, summed over the run, N×N. */
  flowsTotal: Float64Array;
}

export function createSeries(N: number, S: number, T: number): Series {
  const metrics = {} as Record<MetricName, Float64Array>;
  for (const m of METRIC_NAMES) metrics[m] = new Float64Array(T);
  return {
    N, S, length: 0,
    year: new Float64Array(T),
    metrics,
    population: new Float64Array(T * N),
    gdp: new Float64Array(T * N),
    gdpPerCapita: new Float64Array(T * N),
    firmOutput: new Float64Array(T * N),
    employment: new Float64Array(T * N * S),
    flowsTotal: new Float64Array(N * N),
  };
}

/** The series' columns in a fixed order (hashing, transfer). */
export function seriesColumns(s: Series): Float64Array[] {
  const n = s.length;
  const cut = (a: Float64Array, w: number) => a.subarray(0, n * w);
  return [
    cut(s.year, 1),
    ...METRIC_NAMES.map((m) => cut(s.metrics[m], 1)),
    cut(s.population, s.N), cut(s.gdp, s.N), cut(s.gdpPerCapita, s.N), cut(s.firmOutput, s.N), cut(s.employment, s.N * s.S),
    s.flowsTotal,
  ];
}
