import type { Scenario } from '../scenario/types';
import { FirmStore } from '../agents/firm-store';
import type { MarketState } from './market';
import { createMarketState } from './market';
import { Scratch } from './scratch';
import { KernelSweeps } from './sweeps';
import type { Series } from './series';
import { createSeries } from './series';
import type { Rng } from './rng';

/** An enclave park in force (see events.ts). */
export interface Park {
  from: number;
  to: number;
  direction: 'forward' | 'reverse' | 'twoWay';
  /** Sector mask (1 = the park covers the sector). */
  sectors: Uint8Array;
  /** Log moving-cost reduction on the park's routes. */
  costReduction: number;
  /** Share of park firms' value added counted to the partner city. */
  outputShare: number;
}

/** A sector shock in force. */
export interface Shock {
  sector: number;
  demand: number;
  productivity: number;
  from: number;
  to: number;
}

/**
 * The whole state of a run. City arrays have one slot per city that will ever exist
 * (cities created by `newCity` events are inactive until their year).
 */
export interface World {
  scenario: Scenario;
  rng: Rng;
  N: number;
  S: number;
  /** Calendar year of the next step. */
  year: number;
  /** Steps done. */
  tick: number;

  // Cities
  cityNames: string[];
  region: Int32Array;
  regionNames: string[];
  x: Float64Array;
  y: Float64Array;
  area: Float64Array;
  active: Uint8Array;
  /** Residents not employed by firms (millions): traditional and local services workers. */
  local: Float64Array;
  humanCapital: Float64Array;
  amenity: Float64Array;
  /** Buildable land: area × the city's buildable share (km²). */
  buildable: Float64Array;
  /** Usable land H_j = buildable land × the land factor of a landCap event (km²). */
  land: Float64Array;
  /** Geographic distance (km), N×N. */
  distKm: Float64Array;
  /** Travel distance = distance × transport quality (km), N×N; transport events lower it. */
  travelKm: Float64Array;
  /** exp(−β × moving cost) between cities, N×N (the part of the logit weight that depends on origin). */
  moveKernel: Float64Array;
  /**
   * exp(−travel/decay): how spillovers fall with distance, N×N (`spill.matrix`, entries below
   * SPILL_CUTOFF (costs.ts) set to 0), and productivity's products with it.
   */
  spill: KernelSweeps;
  core: number;

  // Sectors
  sectorGroup: Uint8Array;
  /** μ_s before shocks. */
  baseShare: Float64Array;
  /** μ_s after shocks (what the market uses this year). */
  share: Float64Array;
  /** ln(1 − productivity shock) per sector. */
  lnProductivityShock: Float64Array;
  tradeCost: Float64Array;

  // Firms
  firms: FirmStore;
  /** Employment of a mature firm (millions of workers). */
  firmSize: number;

  // Policy state
  barrier: number;
  /** Relocation subsidy (log payoff) for moving into city i, sector s: N×S. */
  subsidy: Float64Array;
  /** Cap on a city's share of a sector's cluster employment (Infinity = none): N×S. */
  sectorCap: Float64Array;
  parks: Park[];
  shocks: Shock[];
  /** Ongoing education programmes: yearly increase of human capital until a year. */
  education: { city: number; perYear: number; until: number }[];
  /** Trade and moving costs must be recomputed (a transport or barrier event, or the trend). */
  costsDirty: boolean;

  // Computed each tick
  /** Employment N×S (millions). */
  emp: Float64Array;
  /** Firm count N×S×2 (stage innermost). */
  firmCount: Int32Array;
  /** Σ zr per cell and stage, N×S×2. */
  zSum: Float64Array;
  /**
   * A lower bound of zr over each cell's firms (exact after a recount, then lowered as firms
   * arrive; +∞ for an empty cell): when no occupied cell's exit cutoff exceeds it (and no firm is
   * counting low years), the exit pass visits only the random exits (lifecycle.ts).
   */
  zMin: Float64Array;
  /** Firms whose pay was below the exit threshold last year (FirmStore.lowYears > 0). */
  firmsBelowCutoff: number;
  /** ln of the productivity shifter per cell and stage, N×S×2. */
  lnShifter: Float64Array;
  /** Q_is, N×S. */
  Q: Float64Array;
  /** Trade freeness φ (S×N×N, `trade.matrix`) and the market's products with it. */
  trade: KernelSweeps;
  market: MarketState;
  /** Location payoff per cell and stage (without the firm's own productivity), N×S×2. */
  payoff: Float64Array;
  /** Residents (firm employment + local), as the market saw them this year, N. */
  pop: Float64Array;
  /** Firm employment per city (Σ over sectors of `emp`), set by the census, N. */
  cityEmp: Float64Array;
  /** Herfindahl index of each city's employment over sectors (0 without firms), set by the census, N. */
  cityHhi: Float64Array;
  /** City GDP this year after enclave-park sharing, N. */
  gdp: Float64Array;
  /** The location choice's tables: cumulative logit rows per (sector, stage, origin), S×2×N×N, and which are built this year (0 no, 1 with its guide table, 2 without). */
  choiceRows: Float64Array;
  choiceBuilt: Uint8Array;
  /** A guide table per choice row (sample.ts: buildGuide), N entries each. */
  choiceGuide: Uint16Array;
  /** Relocations this year, origin × destination, N×N. */
  flows: Float64Array;
  /** The phases' work arrays, reused every year (scratch.ts). */
  scratch: Scratch;
  births: number;
  exits: number;
  relocations: number;

  series: Series;
}

export function createEmptyWorld(scenario: Scenario, rng: Rng): World {
  const newCities = scenario.events.filter((e) => e.type === 'newCity').length;
  const N = scenario.cities.length + newCities;
  const S = scenario.sectors.length;
  const years = scenario.years;
  return {
    scenario, rng, N, S, year: scenario.startYear, tick: 0,
    cityNames: [], region: new Int32Array(N), regionNames: [],
    x: new Float64Array(N), y: new Float64Array(N), area: new Float64Array(N),
    active: new Uint8Array(N), local: new Float64Array(N), humanCapital: new Float64Array(N),
    amenity: new Float64Array(N), buildable: new Float64Array(N), land: new Float64Array(N),
    distKm: new Float64Array(N * N), travelKm: new Float64Array(N * N),
    spill: new KernelSweeps(1, N), moveKernel: new Float64Array(N * N), core: 0,
    sectorGroup: new Uint8Array(S), baseShare: new Float64Array(S), share: new Float64Array(S),
    lnProductivityShock: new Float64Array(S), tradeCost: new Float64Array(S),
    firms: new FirmStore(Math.ceil(scenario.params.initialFirms * 1.3) + 64, scenario.events.some((e) => e.type === 'enclavePark')),
    firmSize: 0,
    barrier: scenario.params.barrier, subsidy: new Float64Array(N * S),
    sectorCap: new Float64Array(N * S).fill(Infinity), parks: [], shocks: [], education: [],
    costsDirty: true,
    emp: new Float64Array(N * S), firmCount: new Int32Array(N * S * 2), zSum: new Float64Array(N * S * 2), zMin: new Float64Array(N * S * 2).fill(Infinity), firmsBelowCutoff: 0,
    lnShifter: new Float64Array(N * S * 2), Q: new Float64Array(N * S), trade: new KernelSweeps(S, N),
    market: createMarketState(N, S), payoff: new Float64Array(N * S * 2), pop: new Float64Array(N), cityEmp: new Float64Array(N), cityHhi: new Float64Array(N), gdp: new Float64Array(N),
    choiceRows: new Float64Array(S * 2 * N * N), choiceBuilt: new Uint8Array(S * 2 * N), choiceGuide: new Uint16Array(S * 2 * N * N),
    flows: new Float64Array(N * N), scratch: new Scratch(), births: 0, exits: 0, relocations: 0,
    series: createSeries(N, S, years),
  };
}
