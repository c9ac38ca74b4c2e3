import type { City, CityTier, ModelParams, Scenario, ScenarioEvent, Sector } from './types';
import { DEFAULT_PARAMS, DEFAULT_SECTORS } from './defaults';
import { projectKm } from '../sim/geography';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A city as a scenario file gives it: a position as lat/lon or x/y (km), the rest optional. */
export interface CityInput {
  name: string;
  nameZh?: string;
  lat?: number;
  lon?: number;
  x?: number;
  y?: number;
  area: number;
  buildableShare?: number;
  population: number;
  humanCapital?: number;
  amenity?: number;
  region?: string;
  tier?: CityTier;
}

export type SectorInput = Partial<Sector> & { id: string };

export type EventInput = ScenarioEvent extends infer E ? (E extends { type: 'newCity' } ? Omit<E, 'city'> & { city: CityInput } : E) : never;

/** A scenario file after schema validation (scenarios/schema.json). */
export interface ScenarioInput {
  $schema?: string;
  name: string;
  nameZh?: string;
  description?: string;
  startYear?: number;
  years?: number;
  seed?: number;
  cities: CityInput[];
  sectors?: SectorInput[];
  params?: DeepPartial<ModelParams>;
  events?: EventInput[];
}

export const DEFAULT_HUMAN_CAPITAL = 0.1;

/** Fills defaults, projects lon/lat to km, derives tiers. Input must already be valid. */
export function resolveScenario(input: ScenarioInput): Scenario {
  const newCities = (input.events ?? []).flatMap((e) => (e.type === 'newCity' ? [e.city] : []));
  const all = [...input.cities, ...newCities];
  const geo = all.filter((c) => c.lat !== undefined && c.lon !== undefined);
  const refLat = geo.length ? geo.reduce((s, c) => s + (c.lat as number), 0) / geo.length : 0;
  const refLon = geo.length ? geo.reduce((s, c) => s + (c.lon as number), 0) / geo.length : 0;
  const tiers = deriveTiers(input.cities);
  const toCity = (c: CityInput, tier: CityTier): City => {
    const pos = c.lat !== undefined && c.lon !== undefined ? projectKm(c.lat, c.lon, refLat, refLon) : { x: c.x ?? 0, y: c.y ?? 0 };
    const city: City = {
      name: c.name, x: pos.x, y: pos.y, area: c.area, buildableShare: c.buildableShare ?? 1, population: c.population,
      humanCapital: c.humanCapital ?? DEFAULT_HUMAN_CAPITAL, amenity: c.amenity ?? 0,
      region: c.region ?? 'cluster', tier: c.tier ?? tier,
    };
    if (c.nameZh !== undefined) city.nameZh = c.nameZh;
    if (c.lat !== undefined) city.lat = c.lat;
    if (c.lon !== undefined) city.lon = c.lon;
    return city;
  };
  const cities = input.cities.map((c, i) => toCity(c, tiers[i]));
  const events: ScenarioEvent[] = (input.events ?? []).map((e) =>
    e.type === 'newCity' ? { ...e, city: toCity(e.city, e.city.tier ?? 'small') } : e) as ScenarioEvent[];
  return {
    name: input.name,
    description: input.description ?? '',
    startYear: input.startYear ?? 1990,
    years: input.years ?? 50,
    seed: input.seed ?? 1,
    cities,
    sectors: resolveSectors(input.sectors),
    params: mergeDeep(DEFAULT_PARAMS, input.params ?? {}),
    events,
  };
}

/** Sectors: defaults when absent; a sector whose id is a default one starts from that default. */
export function resolveSectors(input: SectorInput[] | undefined): Sector[] {
  if (!input) return DEFAULT_SECTORS.map((s) => ({ ...s }));
  const generic = DEFAULT_SECTORS[5];
  return input.map((s) => {
    const base = DEFAULT_SECTORS.find((d) => d.id === s.id) ?? { ...generic, name: s.id, nameZh: undefined };
    const out = { ...base, ...s } as Sector;
    if (out.nameZh === undefined) delete out.nameZh;
    return out;
  });
}

/**
 * Tier from size when a city gives none: the largest city is the core; then large ≥ 40% of the
 * core's population, medium ≥ 15%, small below.
 */
export function deriveTiers(cities: { population: number; tier?: CityTier }[]): CityTier[] {
  const explicitCore = cities.some((c) => c.tier === 'core');
  let core = 0;
  cities.forEach((c, i) => { if (c.population > cities[core].population) core = i; });
  const top = cities.length ? cities[core].population : 1;
  return cities.map((c, i) => {
    if (c.tier) return c.tier;
    if (!explicitCore && i === core) return 'core';
    const r = c.population / top;
    return r >= 0.4 ? 'large' : r >= 0.15 ? 'medium' : 'small';
  });
}

function mergeDeep<T>(base: T, over: DeepPartial<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    if (v === undefined) continue;
    const b = (base as Record<string, unknown>)[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && b !== null && typeof b === 'object'
      ? mergeDeep(b, v as DeepPartial<typeof b>) : v;
  }
  return out as T;
}
