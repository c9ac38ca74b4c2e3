import seedrandom from 'seedrandom';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/types';

/** How the synthetic cities are placed. */
export type Layout = 'random' | 'ring';

export interface SyntheticOptions {
  cities: number;
  firms: number;
  layout: Layout;
  /** Years the world can run (the series is sized by it). */
  years: number;
  seed?: number;
}

/** Population of the core city (millions); the others follow a rank-size rule. */
const CORE_POPULATION = 20;
/** Residents per km² of land at the core; smaller cities are less dense. */
const CORE_DENSITY = 2000;
/**
 * Entry rate: the random exit rate (3%) plus the ~0.1% a year of firms that exit below their pay
 * threshold, so that the firm count stays within ~1% of `firms` over 150 years.
 */
const ENTRY_RATE = 0.031;
/** Typical spacing between neighbouring cities (km). */
const SPACING_KM = 60;

/**
 * A synthetic city cluster for benchmarks: `cities` cities with Zipf populations (the r-th
 * largest has 20/r million residents), land area ∝ population^0.8, college share falling with
 * rank, three provinces; positions uniform in a square (`random`) or on a ring around the core
 * (`ring`) with about 60 km between neighbours. Nine default sectors; `initialFirms` = firms;
 * entry set so that the firm count stays about constant (ENTRY_RATE).
 */
export function syntheticScenario(o: SyntheticOptions): Scenario {
  const rng = seedrandom.alea(`synthetic:${o.layout}:${o.cities}:${o.seed ?? 1}`);
  const side = SPACING_KM * Math.sqrt(o.cities);
  const radius = (SPACING_KM * o.cities) / (2 * Math.PI);
  const cities = Array.from({ length: o.cities }, (_, r) => {
    const population = CORE_POPULATION / (r + 1);
    const angle = (2 * Math.PI * r) / o.cities;
    const ring = r === 0 ? { x: 0, y: 0 } : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    const pos = o.layout === 'ring' ? ring : { x: rng() * side, y: rng() * side };
    return {
      name: `C${r + 1}`,
      ...pos,
      area: Math.round((population * 1e6) / CORE_DENSITY * Math.pow(CORE_POPULATION / population, 0.2)),
      population,
      humanCapital: 0.08 + 0.17 / Math.sqrt(r + 1),
      region: `P${r % 3}`,
    };
  });
  return parseScenario({
    name: `synthetic-${o.layout}-${o.cities}`,
    years: o.years,
    seed: o.seed ?? 1,
    cities,
    params: { initialFirms: o.firms, entry: { rate: ENTRY_RATE, perMillion: 0 } },
  });
}
