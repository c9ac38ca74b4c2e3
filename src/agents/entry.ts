import type { World } from '../sim/world';
import { INNOVATING, MATURE, NEVER, MAX_MATURATION_YEARS } from './firm-store';
import { countFirm } from '../sim/census';
import { buildGuide, sampleGuided } from '../sim/sample';
import { stageFactors } from '../sim/stage';
import { Recruiter } from './labour';
import { exp, log, pow, MAX_EXP_ARG } from '../sim/math';
import { mathBatch } from '../sim/math-batch';
import type { GeometricSkipper } from '../sim/rng';

/**
 * Entry: new firms are born in proportion to innovation capacity (Duranton & Puga 2001:
 * nursery cities), capacity_j = D_j^a · h_j^b · pop_j^c with D_j the Jacobs diversity of the
 * city's employment, h_j its college-educated share and pop_j its residents. The number of
 * births a year is rate × firms + perMillion × residents (millions), rounded at random.
 * A newborn's sector is drawn by `sectorChoiceTables`; its productivity z is
 * log-normal; with the life cycle on it starts innovating and matures after a geometric number
 * of years with the sector's mean. It hires its workers through the Recruiter (labour.ts):
 * local residents first, then migrants from the cluster.
 */
export function birthFirms(w: World): void {
  const { N, S, firms, rng, active, humanCapital } = w;
  const p = w.scenario.params;
  w.births = 0;
  if (!p.mechanisms.entry) return;
  const e = p.entry;
  let popTot = 0;
  const capacity = w.scratch.f64('entry.capacity', N);
  let capTot = 0;
  for (let j = 0; j < N; j++) {
    if (!active[j]) { capacity[j] = capTot; continue; } // cumulative: an inactive city adds nothing
    const pop = w.pop[j]; // residents at the start of the year, as the market saw them
    popTot += pop;
    const hhi = w.cityHhi[j]; // the census's
    const D = hhi > 0 ? 1 / hhi : 1;
    const cap = pow(D, e.diversityExponent) * pow(Math.max(humanCapital[j], 1e-6), e.humanCapitalExponent)
      * pow(pop, e.sizeExponent);
    capTot += cap;
    capacity[j] = capTot;
  }
  if (capTot <= 0) return;
  const sectorCum = sectorChoiceTables(w, w.scratch.f64('entry.sectorCum', N * S));
  // Guide tables over the city row and each city's sector row: a draw costs a step or two.
  const cityGuide = w.scratch.i32('entry.cityGuide', N);
  buildGuide(capacity, 0, N, cityGuide, 0, N);
  const sectorGuide = w.scratch.i32('entry.sectorGuide', N * S);
  for (let j = 0; j < N; j++) if (sectorCum[j * S + S - 1] > 0) buildGuide(sectorCum, j * S, S, sectorGuide, j * S, S);
  const births = rng.roundStochastic(e.rate * firms.count + e.perMillion * popTot);
  const lifecycle = p.mechanisms.lifecycle;
  const stage = lifecycle ? INNOVATING : MATURE;
  const size = stageFactors(p, stage).size * w.firmSize;
  const zScale = (p.sigma - 1) / p.sigma * p.firmDispersion;
  const recruiter = new Recruiter(w);
  // Per sector, the table-driven geometric sampler of the delay to maturity (no log per birth).
  const delays = w.scenario.sectors.map((sec) =>
    sec.maturityYears !== null && sec.maturityYears > 1 ? rng.skipper(log(1 - 1 / sec.maturityYears)) : null);
  const matures = w.scratch.u8('entry.matures', S);
  w.scenario.sectors.forEach((sec, s) => { matures[s] = lifecycle && sec.maturityYears !== null ? 1 : 0; });
  const draws: FounderDraws = {
    rng, capacity, cityGuide, sectorCum, sectorGuide, N, S, zScale, tick: w.tick, delays, matures,
    city: w.scratch.i32('entry.city', FOUNDER_BATCH), sector: w.scratch.i32('entry.sector', FOUNDER_BATCH),
    zr: w.scratch.f64('entry.zr', FOUNDER_BATCH), matureAt: w.scratch.i32('entry.matureAt', FOUNDER_BATCH),
  };
  // Founders are drawn a batch at a time, then hired and stored: the draws (which never depend
  // on hiring) come in the same order as one loop would take them, and each loop stays small
  // enough for V8 to inline the generator into it.
  for (let done = 0; done < births; done += FOUNDER_BATCH) {
    const n = Math.min(FOUNDER_BATCH, births - done);
    drawFounders(draws, n);
    for (let b = 0; b < n; b++) {
      const j = draws.city[b];
      if (j < 0) continue; // a city with no sector to start
      if (!recruiter.hire(j, size)) continue;
      const s = draws.sector[b];
      const f = firms.add(s, j, stage, draws.matureAt[b], draws.zr[b]);
      countFirm(w, j, s, stage, firms.zr[f], 1); // the stored (float32) value, as moves and exits subtract it
      w.births++;
    }
  }
  recruiter.settle();
}

/** Founders drawn per batch (the scratch arrays' length). */
const FOUNDER_BATCH = 1024;

/** What founders are drawn from, and where a batch of them goes. */
interface FounderDraws {
  rng: World['rng'];
  capacity: Float64Array; cityGuide: Int32Array; sectorCum: Float64Array; sectorGuide: Int32Array;
  N: number; S: number; zScale: number; tick: number;
  delays: (GeometricSkipper | null)[]; matures: Uint8Array;
  /** Per founder of the batch: city (−1: its city's sector row is empty), sector, zr, maturity date. */
  city: Int32Array; sector: Int32Array; zr: Float64Array; matureAt: Int32Array;
}

/**
 * Draws n founders: city ∝ capacity, sector from the city's row, productivity zr = exp(zScale·ε)
 * with ε standard normal, and the maturity date. A founder drawn into a city whose sector row is
 * empty is not born; it still consumes four uniforms, as it always has (part of the stream).
 */
function drawFounders(d: FounderDraws, n: number): void {
  const { rng, capacity, cityGuide, sectorCum, sectorGuide, N, S, zScale, tick, delays, matures } = d;
  const cityOut = d.city, sectorOut = d.sector, zrOut = d.zr, matureOut = d.matureAt;
  const never = NEVER; // a local: some loaders turn imported bindings into getters
  // ln zr of each founder, exponentiated as one batch after the draws (math-batch.ts: exp's bits)
  mathBatch.reserve(n);
  const lnZr = mathBatch.args;
  for (let b = 0; b < n; b++) {
    const j = sampleGuided(capacity, 0, N, cityGuide, 0, N, rng.uniform()); // capacity[N − 1] = capTot
    const rowTotal = sectorCum[j * S + S - 1];
    if (!(rowTotal > 0)) { rng.uniform(); rng.uniform(); rng.uniform(); rng.uniform(); cityOut[b] = -1; lnZr[b] = 0; continue; }
    const s = sampleGuided(sectorCum, j * S, S, sectorGuide, j * S, S, rng.uniform());
    lnZr[b] = zScale * rng.normal();
    let matureAt = never;
    if (matures[s]) {
      const delay = delays[s];
      // The same delay as maturationDelay(u, years), drawn through the sector's table.
      matureAt = tick + (delay ? Math.min(1 + delay.skip(), MAX_MATURATION_YEARS) : (rng.uniform(), 1));
    }
    cityOut[b] = j; sectorOut[b] = s; matureOut[b] = matureAt;
  }
  mathBatch.exp(n);
  zrOut.set(mathBatch.out.subarray(0, n));
}

/**
 * Which sector a firm born in city j starts in: ∝ the sector's innovation weight times
 * exp(β_e (V_js − V̄)), the city's payoff to an innovating firm of that sector relative to the
 * mean over cities and sectors — founders start what pays, where they are. Returns cumulative
 * weights per city, N×S.
 */
export function sectorChoiceTables(w: World, cum: Float64Array = new Float64Array(w.N * w.S)): Float64Array {
  const { N, S, payoff, active, scenario } = w;
  const beta = scenario.params.entry.sectorBeta;
  const stage = scenario.params.mechanisms.lifecycle ? INNOVATING : MATURE;
  // Reference: the mean payoff over active cities and all sectors, so that founders also avoid
  // sectors that pay less everywhere (free entry responds to a sector's profitability).
  let mean = 0, n = 0;
  for (let j = 0; j < N; j++) {
    if (!active[j]) continue;
    for (let s = 0; s < S; s++) { mean += payoff[2 * (j * S + s) + stage]; n++; }
  }
  mean /= Math.max(n, 1);
  for (let j = 0; j < N; j++) {
    // A row whose largest weight would overflow is divided by it (the same probabilities).
    let top = 0;
    if (active[j]) for (let s = 0; s < S; s++) top = Math.max(top, beta * (payoff[2 * (j * S + s) + stage] - mean));
    const shift = top > MAX_EXP_ARG ? top : 0;
    let acc = 0;
    for (let s = 0; s < S; s++) {
      if (active[j]) acc += scenario.sectors[s].innovation * exp(beta * (payoff[2 * (j * S + s) + stage] - mean) - shift);
      cum[j * S + s] = acc;
    }
  }
  return cum;
}

/** Geometric number of years (≥ 1) with the given mean, capped at MAX_MATURATION_YEARS. */
export function maturationDelay(u: number, meanYears: number): number {
  if (meanYears <= 1) return 1;
  const d = 1 + Math.floor(log(1 - u) / log(1 - 1 / meanYears));
  return Math.min(d, MAX_MATURATION_YEARS);
}
