import { parseScenario } from '../../src/scenario/parse';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { simulate, type World, type MetricName } from '../../src/sim';
import type { Scenario } from '../../src/scenario/types';

/** Seeds every direction test averages over. */
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The teaching cluster, small and short: 3000 firms at the start, 1990–2009. */
export function smallTeaching(events: unknown[] = [], years = 20, params: Record<string, unknown> = {}): Scenario {
  const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
  raw.years = years;
  raw.params = { ...(raw.params ?? {}), initialFirms: 3000, ...params };
  raw.events = events;
  return parseScenario(raw);
}

/** The final worlds of a scenario run once per seed. */
export function runSeeds(sc: Scenario, onTick?: (w: World) => void): World[] {
  return SEEDS.map((seed) => simulate(sc, { seed, onTick }));
}

/** Mean of a measure over worlds. */
export function meanOf(worlds: World[], measure: (w: World) => number): number {
  return worlds.reduce((s, w) => s + measure(w), 0) / worlds.length;
}

/** Mean over seeds of a yearly metric, as one series. */
export function meanMetric(worlds: World[], metric: MetricName): number[] {
  const T = worlds[0].series.length;
  return Array.from({ length: T }, (_, t) => worlds.reduce((s, w) => s + w.series.metrics[metric][t], 0) / worlds.length);
}

/** Employment (millions) of a city in the sectors of a group, in the last recorded year. */
export function groupEmployment(w: World, city: string, group: string): number {
  const { N, S, series } = w;
  const i = w.cityNames.indexOf(city);
  const t = series.length - 1;
  let e = 0;
  for (let s = 0; s < S; s++) if (w.scenario.sectors[s].group === group) e += series.employment[(t * N + i) * S + s];
  return e;
}

/** Share of a group's sectors in a city's firm employment, last recorded year. */
export function groupShareInCity(w: World, city: string, group: string): number {
  let all = 0;
  for (const g of ['manufacturing', 'innovation', 'services', 'other']) all += groupEmployment(w, city, g);
  return all > 0 ? groupEmployment(w, city, group) / all : 0;
}

/** Share of a city in the cluster's employment of one sector, last recorded year. */
export function sectorShare(w: World, city: string, sector: string): number {
  const { N, S, series } = w;
  const s = w.scenario.sectors.findIndex((x) => x.id === sector);
  const i = w.cityNames.indexOf(city);
  const t = series.length - 1;
  let all = 0;
  for (let j = 0; j < N; j++) all += series.employment[(t * N + j) * S + s];
  return all > 0 ? series.employment[(t * N + i) * S + s] / all : 0;
}

/** Firms now in a city (optionally only those born in another city, and of one stage). */
export function firmsIn(w: World, city: string, bornIn?: string, stage?: number): number {
  const i = w.cityNames.indexOf(city);
  const o = bornIn === undefined ? -1 : w.cityNames.indexOf(bornIn);
  const f = w.firms;
  let n = 0;
  for (let k = 0; k < f.count; k++) {
    if (f.city[k] === i && (o < 0 || f.origin[k] === o) && (stage === undefined || f.stage[k] === stage)) n++;
  }
  return n;
}
