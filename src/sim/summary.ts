import type { World } from './world';
import type { SectorGroup } from '../scenario/types';
import { seriesColumns, METRIC_NAMES, type MetricName } from './series';
import { hashFloat64Columns } from './hash';
import { findPeak } from './metrics/peak';
import { locationQuotients, diversityIndex, jacobsDiversity, krugmanSpecialization, coreShare } from './metrics/structure';
import { martinSensitivity } from './metrics/resilience';
import { exp } from './math';

export interface ResilienceReadout {
  sector: string;
  year: number;
  /** Last year of the shock (shock year + duration − 1): the end of the measured window. */
  until: number;
  /** Martin (2012) sensitivity of each city's real firm output against the cluster's. */
  cities: Record<string, number>;
  /** Cluster real firm output change over the window, relative. */
  clusterChange: number;
}

/** What `spillover run` writes to summary.json (and prints with --json). */
export interface RunSummary {
  scenario: string;
  seed: number | string;
  engineVersion: string;
  years: number[];
  metrics: Record<MetricName, number[]>;
  peak: { year: number; cv: number } | null;
  cities: string[];
  sectors: { id: string; group: SectorGroup }[];
  final: {
    population: Record<string, number>;
    gdpPerCapita: Record<string, number>;
    lq: Record<string, Record<string, number>>;
    lqByGroup: Record<string, Record<SectorGroup, number>>;
    diversity: Record<string, number>;
    jacobsDiversity: Record<string, number>;
    specialization: Record<string, number>;
    coreShare: Record<string, number>;
  };
  resilience: ResilienceReadout[];
  hash: string;
}

/** Version of the engine's results: bump it whenever the same scenario and seed give different numbers (share links, batch resume and merge check it). */
export const ENGINE_VERSION = '0.6.0';

const GROUPS: SectorGroup[] = ['manufacturing', 'innovation', 'services', 'other'];

/** Employment matrix (N×S) of the recorded year t. */
export function employmentAt(w: World, t: number): Float64Array {
  const NS = w.N * w.S;
  return w.series.employment.subarray(t * NS, (t + 1) * NS);
}

/** Location quotients by sector group: LQ of the group's employment taken as one sector. */
export function groupLq(w: World, emp: Float64Array): Float64Array {
  const { N, S, sectorGroup } = w;
  const g = new Float64Array(N * GROUPS.length);
  for (let i = 0; i < N; i++) for (let s = 0; s < S; s++) g[i * GROUPS.length + sectorGroup[s]] += emp[i * S + s];
  return locationQuotients(g, N, GROUPS.length);
}

export function runHash(w: World): string {
  return hashFloat64Columns(seriesColumns(w.series));
}

export function summarize(w: World, seed: number | string): RunSummary {
  const { N, S, series, scenario } = w;
  const T = series.length;
  const years = Array.from(series.year.subarray(0, T));
  const metrics = {} as Record<MetricName, number[]>;
  for (const m of METRIC_NAMES) metrics[m] = Array.from(series.metrics[m].subarray(0, T));
  const peak = findPeak(years, metrics.cv);
  const cities = w.cityNames;
  const last = T - 1;
  const emp = employmentAt(w, Math.max(0, last));
  const lq = locationQuotients(emp, N, S);
  const div = diversityIndex(lq, N, S);
  const jd = jacobsDiversity(emp, N, S);
  const ks = krugmanSpecialization(emp, N, S);
  const cs = coreShare(emp, N, S, w.core);
  const glq = groupLq(w, emp);
  const rec = <T>(f: (i: number) => T) => Object.fromEntries(cities.map((c, i) => [c, f(i)]));
  const at = (a: Float64Array, i: number) => a[last * N + i];
  return {
    scenario: scenario.name,
    seed,
    engineVersion: ENGINE_VERSION,
    years,
    metrics,
    peak: peak ? { year: peak.year, cv: peak.cv } : null,
    cities,
    sectors: scenario.sectors.map((s) => ({ id: s.id, group: s.group })),
    final: {
      population: rec((i) => at(series.population, i)),
      gdpPerCapita: rec((i) => at(series.gdpPerCapita, i)),
      lq: rec((i) => Object.fromEntries(scenario.sectors.map((s, k) => [s.id, lq[i * S + k]]))),
      lqByGroup: rec((i) => Object.fromEntries(GROUPS.map((g, k) => [g, glq[i * GROUPS.length + k]])) as Record<SectorGroup, number>),
      diversity: rec((i) => div[i]),
      jacobsDiversity: rec((i) => jd[i]),
      specialization: rec((i) => ks[i]),
      coreShare: Object.fromEntries(scenario.sectors.map((s, k) => [s.id, cs[k]])),
    },
    resilience: resilienceReadouts(w),
    hash: runHash(w),
  };
}

/**
 * Martin (2012) sensitivity of each city to each shock, on the real output of its firms (their
 * value added, deflated by the productivity index e^(g·t) so the trend does not mask the
 * downturn; local traditional output and rent are left out, as they do not face the shock):
 * the relative change from the year before the shock to its last year, over the cluster's,
 * β_i = (ΔY_i/Y_i)/(ΔY/Y). In a contraction (ΔY < 0), β_i > 1 means city i lost more than the
 * cluster (Martin, Sunley, Gardiner & Tyler 2016 measure resistance the same way).
 */
export function resilienceReadouts(w: World): ResilienceReadout[] {
  const { N, series, scenario } = w;
  const p = scenario.params;
  const g = p.mechanisms.productivityGrowth ? p.productivityGrowth : 0;
  const out: ResilienceReadout[] = [];
  const row = (year: number) => { for (let t = 0; t < series.length; t++) if (series.year[t] === year) return t; return -1; };
  for (const e of scenario.events) {
    if (e.type !== 'shock') continue;
    const until = e.year + (e.duration ?? 3) - 1;
    const t0 = row(e.year - 1), t1 = row(until);
    if (t0 < 0 || t1 < 0) continue;
    const real = (t: number, i: number) => series.firmOutput[t * N + i] * exp(-g * t);
    let c0 = 0, c1 = 0;
    for (let i = 0; i < N; i++) { c0 += real(t0, i); c1 += real(t1, i); }
    const cities: Record<string, number> = {};
    w.cityNames.forEach((name, i) => { if (real(t0, i) > 0) cities[name] = martinSensitivity(real(t0, i), real(t1, i), c0, c1); });
    out.push({ sector: e.sector, year: e.year, until, cities, clusterChange: c0 > 0 ? (c1 - c0) / c0 : 0 });
  }
  return out;
}
