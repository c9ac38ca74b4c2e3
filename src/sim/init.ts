import type { Scenario } from '../scenario/types';
import { INNOVATING, MATURE, NEVER } from '../agents/firm-store';
import { maturationDelay } from '../agents/entry';
import { Rng } from './rng';
import { createEmptyWorld, type World } from './world';
import { distanceMatrix } from './geography';
import { GROUP_CODES } from './productivity';
import { stageFactors } from './stage';
import { sampleCumulative } from './sample';
import { exp, pow } from './math';

/** Share of the initial firms (in sectors that mature) that start out mature. */
const INITIAL_MATURE_SHARE = 0.75;

/**
 * Builds the world at the start year: cities with their residents, and `initialFirms` firms
 * placed with probability ∝ population^exponent, sectors by spending share, productivity
 * log-normal. Firms hire their workers from the residents, so population is unchanged.
 * Draws from `rng` in a fixed order.
 */
export function createWorld(scenario: Scenario, seed: number | string = scenario.seed): World {
  const rng = new Rng(`spillover:${seed}`);
  const w = createEmptyWorld(scenario, rng);
  const p = scenario.params;
  const { N, S } = w;
  const allCities = [...scenario.cities, ...scenario.events.flatMap((e) => (e.type === 'newCity' ? [e.city] : []))];
  const regions: string[] = [];
  allCities.forEach((c, i) => {
    w.cityNames.push(c.name);
    if (!regions.includes(c.region)) regions.push(c.region);
    w.region[i] = regions.indexOf(c.region);
    w.x[i] = c.x;
    w.y[i] = c.y;
    w.area[i] = c.area;
    w.buildable[i] = c.area * c.buildableShare;
    w.land[i] = w.buildable[i];
    w.humanCapital[i] = c.humanCapital;
    w.amenity[i] = c.amenity;
    const initial = i < scenario.cities.length;
    w.active[i] = initial ? 1 : 0;
    w.local[i] = initial ? c.population : 0;
  });
  w.regionNames = regions;
  w.distKm = distanceMatrix(w.x, w.y);
  w.travelKm = Float64Array.from(w.distKm);
  const coreByTier = scenario.cities.findIndex((c) => c.tier === 'core');
  w.core = coreByTier >= 0 ? coreByTier : argmax(scenario.cities.map((c) => c.population));
  scenario.sectors.forEach((sec, s) => {
    w.sectorGroup[s] = GROUP_CODES[sec.group];
    w.baseShare[s] = sec.share;
    w.share[s] = sec.share;
    w.tradeCost[s] = sec.tradeCost;
  });
  placeInitialFirms(w, rng);
  return w;
}

function placeInitialFirms(w: World, rng: Rng): void {
  const { N, S, scenario, local } = w;
  const p = scenario.params;
  const F = p.initialFirms;
  const cityCum = new Float64Array(N);
  let acc = 0, popTot = 0;
  for (let i = 0; i < N; i++) {
    if (w.active[i]) { acc += pow(local[i], p.initialAllocationExponent); popTot += local[i]; }
    cityCum[i] = acc;
  }
  const sectorCum = new Float64Array(S);
  let sAcc = 0;
  for (let s = 0; s < S; s++) { sAcc += scenario.sectors[s].share; sectorCum[s] = sAcc; }
  const lifecycle = p.mechanisms.lifecycle;
  const size0 = stageFactors(p, INNOVATING).size;
  const size1 = stageFactors(p, MATURE).size;
  // Expected employment per firm in units of a mature firm, so that firms employ
  // initialIndustrialShare of residents.
  let meanSize = 0;
  for (let s = 0; s < S; s++) {
    const matures = lifecycle && scenario.sectors[s].maturityYears !== null;
    const m = !lifecycle ? 1 : matures ? INITIAL_MATURE_SHARE : 0;
    meanSize += (scenario.sectors[s].share / sAcc) * (m * size1 + (1 - m) * size0);
  }
  // Floored at one worker (1e-6 million): a zero size would make every payoff infinite.
  w.firmSize = F > 0 ? Math.max((p.initialIndustrialShare * popTot) / (F * meanSize), 1e-6) : 1e-4;
  const zScale = ((p.sigma - 1) / p.sigma) * p.firmDispersion;
  for (let f = 0; f < F; f++) {
    const i = sampleCumulative(cityCum, 0, N, rng.uniform() * acc);
    const s = sampleCumulative(sectorCum, 0, S, rng.uniform() * sAcc);
    const uStage = rng.uniform();
    const uMature = rng.uniform();
    const zr = exp(zScale * rng.normal());
    const years = scenario.sectors[s].maturityYears;
    let stage = MATURE, matureAt = NEVER;
    if (lifecycle && (years === null || uStage >= INITIAL_MATURE_SHARE)) {
      stage = INNOVATING;
      // Initial firms are reviewed from tick 0 on (newborns from the tick after their birth).
      matureAt = years === null ? NEVER : maturationDelay(uMature, years) - 1;
    }
    const size = (stage === INNOVATING ? size0 : size1) * w.firmSize;
    if (local[i] < size) continue;
    local[i] -= size;
    w.firms.add(s, i, stage, matureAt, zr);
  }
}

function argmax(a: number[]): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
  return best;
}
