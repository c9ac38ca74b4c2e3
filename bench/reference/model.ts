import { REFERENCE_DEFAULTS, sectorParams, type ReferenceOptions } from './params';
import { cityLayout } from './cities';
import { sfc32Seed } from './sfc32';
import { buildAlias } from './alias';
import { GeometricTable } from './geometric';
import { buildGuide } from './guide';

/** A running reference model (the same shape as bench-peers' models). */
export interface ReferenceModel {
  /** One tick: census, attractiveness, reviews, exits. */
  step(): void;
  /** CV of pop_i across cities at the start of each tick (cvs[0] = the initial allocation). */
  cvs: number[];
  firmCount(): number;
  /** Firms per cell, cell = sector·N + city (kept up to date by every move). */
  counts: Int32Array;
  /** Each firm's cell. */
  cells: Uint16Array;
  /** Bytes held per firm (the one firm array). */
  bytesPerFirm: number;
}

/** Expected reviews in a (sector, origin) row from which its own table repays its construction. */
const TABLE_MIN_REVIEWS = 8;
const INV_2_32 = 1 / 4294967296;

/**
 * The cross-framework reference model ("firm location choice step", bench-peers' README) on
 * Spillover's design: one Uint16 per firm holding its cell (sector·N + city); firm counts per
 * cell kept up to date by each move instead of recounted; per tick, a guide table (O(1)
 * expected per draw) for each (sector, origin) row that expects enough reviews to repay its
 * construction, and for the other rows exact rejection from one alias table per sector;
 * reviewing and exiting firms found by geometric skipping through a lookup table; all draws
 * from an inlined sfc32 seeded from seedrandom (sfc32.ts).
 */
export function createReferenceModel(options: Partial<ReferenceOptions> = {}): ReferenceModel {
  const p: ReferenceOptions = { ...REFERENCE_DEFAULTS, ...options };
  const { N, S, F } = p;
  if (N > 256 || S * N > 65536) throw new Error('reference model: N ≤ 256 and S·N ≤ 65536');
  const { alpha, beta, gamma } = sectorParams(S);
  const cities = cityLayout(p.seed, N, p.side);
  const area = Float64Array.from(cities, (c) => c.area);
  const logArea = area.map(Math.log);
  // decay[o·N + j] = exp(−κ dist(o, j)), fixed for the run
  const decay = new Float64Array(N * N);
  for (let o = 0; o < N; o++)
    for (let j = 0; j < N; j++)
      decay[o * N + j] = Math.exp(-p.kappa * Math.hypot(cities[o].x - cities[j].x, cities[o].y - cities[j].y));

  // sfc32 state in an Int32Array: closure variables holding 32-bit values would be boxed
  const st = new Int32Array(sfc32Seed(`dyn:${p.dynSeed ?? p.seed}`).buffer);
  /** sfc32, one 32-bit unsigned output; small enough for V8 to inline at each call site. */
  const next = (): number => {
    const a = st[0], b = st[1], c = st[2], d = st[3];
    const t = (((a + b) | 0) + d) | 0;
    st[3] = (d + 1) | 0;
    st[0] = b ^ (b >>> 9);
    st[1] = (c + (c << 3)) | 0;
    st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };

  const cell = new Uint16Array(F); // sector·N + city
  const counts = new Int32Array(S * N);
  const sectorBase = new Uint16Array(S * N); // cell → sector·N
  for (let c = 0; c < S * N; c++) sectorBase[c] = c - (c % N);
  const small = new Int32Array(N), large = new Int32Array(N);

  // initial firms: uniform sector, city ∝ area
  {
    const prob = new Float64Array(N), alias = new Uint8Array(N);
    buildAlias(area, 0, N, prob, alias, 0, small, large);
    for (let k = 0; k < F; k++) {
      const s = Math.floor(next() * INV_2_32 * S);
      const x = next() * INV_2_32 * N, j = x | 0;
      const c = s * N + (x - j < prob[j] ? j : alias[j]);
      cell[k] = c;
      counts[c]++;
    }
  }

  const pop = new Float64Array(N);
  const weights = new Float64Array(N * S); // exp(a[j][s]) at [s·N + j]
  const rowCum = new Float64Array(S * N * N), rowGuide = new Uint8Array(S * N * N);
  const rowStep = new Float64Array(S * N);
  const rowHasTable = new Uint8Array(S * N);
  const sectorProb = new Float64Array(S * N), sectorAlias = new Uint8Array(S * N);
  const popProb = new Float64Array(N), popAlias = new Uint8Array(N);
  const review = new GeometricTable(p.reviewProb), exit = new GeometricTable(p.exitProb);
  const tableMinCount = TABLE_MIN_REVIEWS / p.reviewProb;
  const shift = review.shift;
  const cvs: number[] = [];

  /** (1)+(2): pop, diversity and exp(attractiveness) from the live counts; CV of pop. */
  function census(): void {
    let sum = 0, sum2 = 0;
    for (let i = 0; i < N; i++) {
      let total = 0;
      for (let s = 0; s < S; s++) total += counts[s * N + i];
      let hhi = 0;
      if (total > 0) for (let s = 0; s < S; s++) { const sh = counts[s * N + i] / total; hhi += sh * sh; }
      const logD = total > 0 ? -Math.log(hhi) : 0;
      const pi = total + p.popBase;
      pop[i] = pi;
      sum += pi; sum2 += pi * pi;
      const logDensity = Math.log(pi) - logArea[i];
      for (let s = 0; s < S; s++)
        weights[s * N + i] = Math.exp(alpha[s] * Math.log1p(counts[s * N + i]) + beta[s] * logD - gamma[s] * logDensity);
    }
    const mean = sum / N;
    cvs.push(Math.sqrt(Math.max(0, sum2 / N - mean * mean)) / mean);
  }

  /**
   * Per sector, an alias table ∝ exp(a[j][s]) (the rejection sampler's proposal); per (sector,
   * origin) row that expects enough reviews, its own guide table ∝ exp(a[j][s] − κ d(o, j)).
   */
  function buildTables(): void {
    for (let s = 0; s < S; s++) {
      const eBase = s * N;
      buildAlias(weights, eBase, N, sectorProb, sectorAlias, eBase, small, large);
      for (let o = 0; o < N; o++) {
        const r = eBase + o;
        rowHasTable[r] = counts[r] >= tableMinCount ? 1 : 0;
        if (!rowHasTable[r]) continue;
        rowStep[r] = buildGuide(weights, eBase, decay, o * N, N, rowCum, rowGuide, r * N) / N;
      }
    }
  }

  function step(): void {
    census();
    buildTables();
    buildAlias(pop, 0, N, popProb, popAlias, 0, small, large); // start-of-tick pop, for entrants

    // (3) reviews: a is frozen; counts follow each move
    const rt = review.table, rInv = review.invLog;
    for (let k = -1; ;) {
      let r = next();
      let skip = rt[r >>> shift];
      if (skip < 0) skip = Math.floor(Math.log(1 - r * INV_2_32) * rInv);
      k += 1 + skip;
      if (k >= F) break;
      const c = cell[k];
      const base = c * N;
      r = next();
      let j: number;
      if (rowHasTable[c]) {
        const x = r * INV_2_32 * N;
        const v = x * rowStep[c];
        j = rowGuide[base + (x | 0)];
        while (rowCum[base + j] <= v) j++;
      } else {
        // rejection: propose j ∝ exp(a[j][s]), accept with exp(−κ d(o, j)) ≤ 1
        const sBase = sectorBase[c], dBase = (c - sBase) * N;
        for (;;) {
          const x = r * INV_2_32 * N;
          j = x | 0;
          if (x - j >= sectorProb[sBase + j]) j = sectorAlias[sBase + j];
          if (next() * INV_2_32 < decay[dBase + j]) break;
          r = next();
        }
      }
      const nc = sectorBase[c] + j;
      if (nc !== c) { cell[k] = nc; counts[c]--; counts[nc]++; }
    }

    // (4) exits, replaced in place: uniform sector, city ∝ start-of-tick pop
    const et = exit.table, eInv = exit.invLog;
    for (let k = -1; ;) {
      const r = next();
      let skip = et[r >>> shift];
      if (skip < 0) skip = Math.floor(Math.log(1 - r * INV_2_32) * eInv);
      k += 1 + skip;
      if (k >= F) break;
      counts[cell[k]]--;
      const s = Math.floor(next() * INV_2_32 * S);
      const x = next() * INV_2_32 * N, j = x | 0;
      const nc = s * N + (x - j < popProb[j] ? j : popAlias[j]);
      cell[k] = nc;
      counts[nc]++;
    }
  }

  return { step, cvs, firmCount: () => F, counts, cells: cell, bytesPerFirm: cell.BYTES_PER_ELEMENT };
}
