/**
 * The engine's stepwise API as the Web Worker exposes it (through Comlink). Plain data in and
 * out; bulk series cross as transferred typed arrays. No DOM: the same object runs in a browser
 * worker (`worker.ts`), in a Node worker thread (tests) or directly.
 */
import * as Comlink from 'comlink';
import type { Scenario, SectorGroup, CityTier } from '../scenario/types';
import { parseScenario, ScenarioError } from '../scenario/parse';
import { createWorld, step, snapshot, summarize, runHash, METRIC_NAMES, ENGINE_VERSION, type World, type MetricName, type RunSummary } from './index';
import { findPeak } from './metrics/peak';

/** Validation result: the resolved scenario, or the validator's "path: reason" problems. */
export type CheckResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** What the UI needs to know about a run before its first year. */
export interface RunMeta {
  engineVersion: string;
  seed: number | string;
  scenario: Scenario;
  N: number;
  S: number;
  /** Index of the core city. */
  core: number;
  cities: { name: string; x: number; y: number; region: string; tier: CityTier }[];
  sectors: { id: string; name: string; group: SectorGroup }[];
}

export type CreateResult = { ok: true; meta: RunMeta } | { ok: false; problems: string[] };

/**
 * The rows recorded by one `advance` call, as columns. City rows are laid out [r*N + i], LQ rows
 * [(r*N + i)*S + s]; `flows` and `dominantGroup` describe the chunk's last year only.
 */
export interface RunChunk {
  years: Float64Array;
  metrics: Record<MetricName, Float64Array>;
  population: Float64Array;
  gdpPerCapita: Float64Array;
  lq: Float64Array;
  /** Relocations of the last year, origin × destination (N×N). */
  flows: Float64Array;
  /** Sector group (0 manufacturing, 1 innovation, 2 services, 3 other) with the highest LQ, per city. */
  dominantGroup: Uint8Array;
  /** Turning point of the CV over all rows so far (engine's findPeak), null before it is passed. */
  peak: { year: number; cv: number } | null;
  /** Steps done in total. */
  tick: number;
  /** The horizon is reached. */
  done: boolean;
  /** runHash of the whole series, once done. */
  hash: string | null;
}

/** Checks a raw scenario (the only place the UI's scenarios are validated). */
export function checkScenario(raw: unknown): CheckResult {
  try {
    return { ok: true, scenario: parseScenario(raw) };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problems: e.problems };
    return { ok: false, problems: [`(root): ${e instanceof Error ? e.message : String(e)}`] };
  }
}

/** Builds the API object. One run at a time; `create` replaces it. */
export function createEngineApi() {
  let world: World | null = null;
  let seed: number | string = 1;

  const chunk = (w: World, from: number, lq: Float64Array[], last: ReturnType<typeof snapshot>): RunChunk => {
    const s = w.series, n = s.length, { N, S } = w;
    const metrics = {} as Record<MetricName, Float64Array>;
    for (const m of METRIC_NAMES) metrics[m] = s.metrics[m].slice(from, n);
    const lqAll = new Float64Array(lq.length * N * S);
    lq.forEach((row, r) => lqAll.set(row, r * N * S));
    const done = w.tick >= w.scenario.years;
    const peak = findPeak(s.year.subarray(0, n), s.metrics.cv.subarray(0, n));
    return {
      years: s.year.slice(from, n), metrics,
      population: s.population.slice(from * N, n * N), gdpPerCapita: s.gdpPerCapita.slice(from * N, n * N),
      lq: lqAll, flows: last.flows, dominantGroup: Uint8Array.from(last.cities, (c) => c.dominantGroup),
      peak: peak ? { year: peak.year, cv: peak.cv } : null, tick: w.tick, done, hash: done ? runHash(w) : null,
    };
  };

  return {
    /** Validates without starting a run. */
    check(raw: unknown): CheckResult {
      return checkScenario(raw);
    },
    /** Validates and starts a run (year 0, nothing recorded). `years` overrides the horizon. */
    create(raw: unknown, runSeed: number | string, years?: number): CreateResult {
      world = null;
      const checked = checkScenario(raw);
      if (!checked.ok) return checked;
      const scenario = years !== undefined ? { ...checked.scenario, years } : checked.scenario;
      seed = runSeed;
      world = createWorld(scenario, seed);
      const w = world;
      return {
        ok: true,
        meta: {
          engineVersion: ENGINE_VERSION, seed, scenario, N: w.N, S: w.S, core: w.core,
          cities: w.cityNames.map((name, i) => {
            const c = scenario.cities[i] ?? scenario.events.flatMap((e) => (e.type === 'newCity' ? [e.city] : []))[i - scenario.cities.length];
            return { name, x: w.x[i], y: w.y[i], region: c.region, tier: c.tier };
          }),
          sectors: scenario.sectors.map((s) => ({ id: s.id, name: s.name ?? s.id, group: s.group })),
        },
      };
    },
    /** Steps up to `maxYears` years (fewer at the horizon); null when no run exists. */
    advance(maxYears: number): RunChunk | null {
      const w = world;
      if (!w) return null;
      const from = w.series.length;
      const lq: Float64Array[] = [];
      let last = snapshot(w);
      for (let k = 0; k < maxYears && w.tick < w.scenario.years; k++) {
        step(w);
        last = snapshot(w);
        lq.push(last.lq);
      }
      const c = chunk(w, from, lq, last);
      const buffers = [c.years, ...Object.values(c.metrics), c.population, c.gdpPerCapita, c.lq, c.flows, c.dominantGroup].map((a) => a.buffer);
      return Comlink.transfer(c, buffers);
    },
    /** The latest year as plain data. */
    snapshot() {
      return world ? snapshot(world) : null;
    },
    /** The run's summary (as `spillover run --json` prints it). */
    summary(): RunSummary | null {
      return world ? summarize(world, seed) : null;
    },
    /** The latest recorded year's employment by city and sector (N×S, city-major), for the glossary's worked examples. */
    employment(): { year: number; employment: Float64Array } | null {
      const w = world;
      if (!w || w.series.length === 0) return null;
      const t = w.series.length - 1, k = w.N * w.S;
      return { year: w.series.year[t], employment: w.series.employment.slice(t * k, (t + 1) * k) };
    },
    /** Back to year 0 of the same scenario and seed. */
    reset(): void {
      if (world) world = createWorld(world.scenario, seed);
    },
    /** Drops the run (frees its memory). */
    cancel(): void {
      world = null;
    },
  };
}

/** The worker's API type, for `Comlink.wrap<EngineApi>`. */
export type EngineApi = ReturnType<typeof createEngineApi>;
