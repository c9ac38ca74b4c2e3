import { log, pow } from './math';
import type { KernelSweeps } from './sweeps';
import { mathBatch } from './math-batch';
/**
 * City-level market clearing: the New Economic Geography core.
 *
 * Dixit–Stiglitz varieties with iceberg trade costs (Krugman 1991; Fujita, Krugman & Venables
 * 1999, ch. 4–5), one composite per sector, a freely traded traditional good (the numéraire,
 * made by the non-firm residents) and housing on a fixed land stock (Helpman 1998).
 *
 * Firms are given (agents); the market finds, for that location of firms, the market access
 * M_is, the price indices G_js and city incomes Y_j. With Q_is = Σ_f (a_f n_f)^((σ−1)/σ) over
 * the firms f of sector s in city i (a_f productivity, n_f employment):
 *
 *   wage of firm f (zero profit):   w_f = (a_f^(σ−1) M_is / n_f)^(1/σ)
 *   wage bill of the cell:          WB_is = M_is^(1/σ) Q_is
 *   price index:                    G_js^(1−σ) = Σ_i φ_ijs Q_is M_is^((1−σ)/σ)
 *   market access (wage equation):  M_is = μ_s Σ_j Y_j φ_ijs G_js^(σ−1)
 *   income:                         Y_j = (Σ_s WB_js + w_A A_j) / (1 − μ_H)
 *
 * Housing takes μ_H of income; its rent accrues to local residents, so income includes it.
 * The system is solved by fixed-point iteration on ln M (warm-started from last year).
 */

export interface MarketInputs {
  N: number;
  S: number;
  sigma: number;
  /** μ_s, current (after demand shocks). */
  share: Float64Array;
  /** μ_H (0 when urban costs are off). */
  housingShare: number;
  /** Q_is, N×S. */
  Q: Float64Array;
  /** Non-firm residents A_j (millions) and their wage w_A. */
  local: Float64Array;
  localWage: number;
  /** φ (S×N×N) and the two products the solve makes with it. */
  trade: KernelSweeps;
  /** Cities taking part (inactive cities have no residents and no firms). */
  active: Uint8Array;
}

export interface MarketState {
  /** M_is, N×S (warm start on entry, solution on exit). */
  M: Float64Array;
  /** G_js^(1−σ), N×S. */
  Gpow: Float64Array;
  /** Y_j, N. */
  income: Float64Array;
  /** Σ_s WB_js, N. */
  wageBill: Float64Array;
  /** WB_is, N×S. */
  cellWageBill: Float64Array;
  /** ln of the cost of living Π_s G_js^μ_s · r_j^μ_H, N. */
  lnCostOfLiving: Float64Array;
  /** Land rent per km² r_j = μ_H Y_j / H_j, N. */
  rent: Float64Array;
  iterations: number;
  residual: number;
  /** The solve's scratch arrays, allocated on the first solve and reused every year. */
  work?: MarketWork;
}

export function createMarketState(N: number, S: number): MarketState {
  const M = new Float64Array(N * S).fill(1);
  return {
    M,
    Gpow: new Float64Array(N * S),
    income: new Float64Array(N),
    wageBill: new Float64Array(N),
    cellWageBill: new Float64Array(N * S),
    lnCostOfLiving: new Float64Array(N),
    rent: new Float64Array(N),
    iterations: 0,
    residual: 0,
  };
}

/**
 * Scratch of one solve (a dozen arrays of N·S, N or S, a view per sector, Anderson's rings):
 * allocating them every year cost as much as the solve itself at 26 cities. Sector-major vectors keep the N×N sweeps contiguous.
 */
export class MarketWork {
  readonly present: Uint8Array;
  /** Q_is M_is^((1−σ)/σ), sector-major, and a view of each sector's row. */
  readonly supplyT: Float64Array;
  readonly supplyRows: Float64Array[];
  /** G_js^(1−σ), sector-major, and a view of each sector's row. */
  readonly gpowT: Float64Array;
  readonly gpowRows: Float64Array[];
  /** Y_j / G_js^(1−σ). */
  readonly demand: Float64Array;
  /** Σ_j φ_ij Y_j / G_js^(1−σ), sector-major, and a view of each sector's row. */
  readonly accessT: Float64Array;
  readonly accessRows: Float64Array[];
  readonly revenue: Float64Array;
  /** exp(x_is / σ) = M_is^(1/σ). */
  readonly wageFactor: Float64Array;
  /** The revenue identity's factor on M_is^(1/σ), per sector. */
  readonly rescale: Float64Array;
  readonly x: Float64Array;
  readonly gx: Float64Array;
  readonly f: Float64Array;
  readonly history: Anderson;

  constructor(readonly N: number, readonly S: number) {
    const K = N * S;
    this.present = new Uint8Array(S);
    this.supplyT = new Float64Array(K);
    this.supplyRows = sectorRows(this.supplyT, N, S);
    this.gpowT = new Float64Array(S * N);
    this.gpowRows = sectorRows(this.gpowT, N, S);
    this.demand = new Float64Array(N);
    this.accessT = new Float64Array(K);
    this.accessRows = sectorRows(this.accessT, N, S);
    this.revenue = new Float64Array(S);
    this.wageFactor = new Float64Array(K);
    this.rescale = new Float64Array(S);
    this.x = new Float64Array(K);
    this.gx = new Float64Array(K);
    this.f = new Float64Array(K);
    this.history = new Anderson(K, DEPTH);
  }
}

/** A view of each sector's row of a sector-major N×S array. */
function sectorRows(a: Float64Array, N: number, S: number): Float64Array[] {
  return Array.from({ length: S }, (_, s) => a.subarray(s * N, (s + 1) * N));
}

const MAX_ITERATIONS = 300;
/**
 * Largest change of any ln M_is at which the solve stops. A firm's log payoff moves by about
 * 1/σ of it, ~2e-8: far below anything a choice probability or an index can show, and each
 * further decade costs two or three more evaluations.
 */
const TOLERANCE = 1e-7;
const LOG_FLOOR = -690; // ln(1e-300): market access of a cell nobody can sell to

/** Past iterates that Anderson acceleration mixes (10 needs ~15% fewer evaluations than 5; 15, no fewer than 10). */
const DEPTH = 10;

/**
 * Solves the market for the given firms; writes into `st`. `land` is H_j (km² of usable land).
 *
 * The unknown is x = ln M. One map evaluation (1) rescales each sector's M so that its revenue
 * equals μ_s Σ_j Y_j with Σ_j Y_j = w_A Σ_j A_j / (1 − μ_H − Σ_present μ_s) — the equilibrium
 * identities that pin the nominal level, which productivity growth and the trade trend shift
 * every year — then (2) applies the wage equation once. Anderson acceleration (Walker & Ni 2011,
 * depth 10) mixes the last iterates; from last year's solution it converges in 4–5 evaluations
 * once the firms have settled (15–25 in the first years of a 200-city run, while they re-sort),
 * where plain iteration needs hundreds.
 */
export function clearMarkets(inp: MarketInputs, land: Float64Array, st: MarketState): void {
  const { N, S, sigma, share, housingShare, Q, local, localWage, trade, active } = inp;
  const { M, Gpow, income, wageBill, cellWageBill } = st;
  const K = N * S;
  const invSigma = 1 / sigma;
  const expG = (1 - sigma) / sigma;
  if (!st.work || st.work.N !== N || st.work.S !== S) st.work = new MarketWork(N, S);
  const { present, supplyT, supplyRows, gpowT, gpowRows, demand, accessT, accessRows, revenue, wageFactor, rescale, gx, f, history } = st.work;
  // A sector with no firms anywhere cannot be bought: its spending goes to the traditional good.
  present.fill(0);
  for (let i = 0; i < N; i++) for (let s = 0; s < S; s++) if (Q[i * S + s] > 0) present[s] = 1;
  let localIncome = 0, spent = 0;
  for (let i = 0; i < N; i++) if (active[i]) localIncome += localWage * local[i];
  for (let s = 0; s < S; s++) if (present[s]) spent += share[s];
  const clusterIncome = localIncome / Math.max(1 - housingShare - spent, 1e-9);

  /**
   * Rescales x in place to the revenue identities, then writes ln(wage-equation update) to out.
   * Three exp/log a cell: M^(1/σ) before the rescale (which multiplies it by the sector's
   * factor), the supply term M^((1−σ)/σ) after it, and the log of the update. With out = null
   * it stops at the price indices (the final call: nothing reads the update or this income).
   */
  const map = (x: Float64Array, out: Float64Array | null): void => {
    wageFactors(x, Q, invSigma, N, S, wageFactor, revenue);
    for (let s = 0; s < S; s++) rescale[s] = present[s] ? (share[s] * clusterIncome) / revenue[s] : 1;
    for (let s = 0; s < S; s++) {
      if (!present[s]) continue;
      const shift = sigma * log(rescale[s]);
      for (let c = s; c < K; c += S) x[c] += shift;
    }
    if (out) {
      for (let i = 0; i < N; i++) {
        let wb = 0;
        for (let s = 0; s < S; s++) { const c = i * S + s; if (Q[c] > 0) wb += wageFactor[c] * rescale[s] * Q[c]; }
        income[i] = active[i] ? (wb + localWage * local[i]) / (1 - housingShare) : 0;
      }
    }
    supplyTerms(x, Q, expG, N, S, supplyT);
    for (let s = 0; s < S; s++) {
      const g = gpowRows[s];
      if (!present[s]) { g.fill(0); if (out) for (let i = 0; i < N; i++) out[i * S + s] = x[i * S + s]; continue; }
      trade.vecMat(s, supplyRows[s], g);
      if (!out) continue;
      for (let j = 0; j < N; j++) demand[j] = g[j] > 0 && income[j] > 0 ? income[j] / g[j] : 0;
      trade.matVec(s, demand, accessRows[s]);
    }
    if (out) logMarketAccess(accessT, share, present, N, S, out);
  };

  let x: Float64Array = st.work.x;
  mathBatch.reserve(K);
  mathBatch.args.set(M);
  mathBatch.log(K);
  x.set(mathBatch.out.subarray(0, K));
  history.reset();
  let residual = Infinity;
  let it = 0;
  while (it < MAX_ITERATIONS) {
    map(x, gx);
    it++;
    residual = 0;
    for (let c = 0; c < K; c++) {
      f[c] = gx[c] - x[c];
      const change = Math.abs(f[c]);
      if (change > residual) residual = change;
    }
    if (residual < TOLERANCE) { x = st.work.x; x.set(gx); break; }
    x = history.next(gx, f);
  }
  // One last (half) evaluation rescales the solution exactly and leaves the price indices at it.
  map(x, null);
  mathBatch.reserve(K);
  mathBatch.args.set(x);
  mathBatch.exp(K);
  M.set(mathBatch.out.subarray(0, K));
  for (let j = 0; j < N; j++) for (let s = 0; s < S; s++) Gpow[j * S + s] = present[s] ? gpowT[s * N + j] : 0;
  st.iterations = it;
  st.residual = residual;
  // Final incomes at the converged M, rent and cost of living.
  for (let i = 0; i < N; i++) {
    let wb = 0;
    for (let s = 0; s < S; s++) {
      const c = i * S + s;
      const v = Q[c] > 0 ? pow(M[c], invSigma) * Q[c] : 0;
      cellWageBill[c] = v;
      wb += v;
    }
    wageBill[i] = wb;
    income[i] = active[i] ? (wb + localWage * local[i]) / (1 - housingShare) : 0;
    st.rent[i] = land[i] > 0 ? (housingShare * income[i]) / land[i] : 0;
    let lnCol = 0;
    for (let s = 0; s < S; s++) {
      const g = Gpow[i * S + s];
      if (present[s] && g > 0) lnCol += share[s] * log(g) / (1 - sigma);
    }
    if (housingShare > 0) lnCol += housingShare * log(Math.max(st.rent[i], 1e-12));
    st.lnCostOfLiving[i] = lnCol;
  }
}

// The map's loops of exp and log, each a function of its own. They run as batches (math-batch.ts:
// the same bits as exp and log, two at a time in wasm) over every cell: a cell without firms, or
// of a sector nobody makes, gets its value computed and not used.

/** wageFactor_is = exp(x_is / σ) = M_is^(1/σ) where there are firms, and revenue_s = Σ_i wageFactor_is Q_is. */
function wageFactors(x: Float64Array, Q: Float64Array, invSigma: number, N: number, S: number, wageFactor: Float64Array, revenue: Float64Array): void {
  const K = N * S;
  mathBatch.reserve(K);
  const { args, out: e } = mathBatch;
  for (let c = 0; c < K; c++) args[c] = x[c] * invSigma;
  mathBatch.exp(K);
  revenue.fill(0);
  for (let i = 0, c = 0; i < N; i++) {
    for (let s = 0; s < S; s++, c++) {
      if (Q[c] > 0) { wageFactor[c] = e[c]; revenue[s] += e[c] * Q[c]; } else wageFactor[c] = 0;
    }
  }
}

/** supplyT_si = Q_is M_is^((1−σ)/σ), every sector (sector-major). */
function supplyTerms(x: Float64Array, Q: Float64Array, expG: number, N: number, S: number, supplyT: Float64Array): void {
  const K = N * S;
  mathBatch.reserve(K);
  const { args, out: e } = mathBatch;
  for (let c = 0; c < K; c++) args[c] = expG * x[c];
  mathBatch.exp(K);
  for (let s = 0, t = 0; s < S; s++) {
    for (let c = s; c < K; c += S, t++) supplyT[t] = Q[c] > 0 ? Q[c] * e[c] : 0;
  }
}

/** out_is = ln(μ_s access_is), the wage equation's update of ln M, for the sectors present (access sector-major). */
function logMarketAccess(accessT: Float64Array, share: Float64Array, present: Uint8Array, N: number, S: number, out: Float64Array): void {
  const K = N * S;
  mathBatch.reserve(K);
  const { args, out: e } = mathBatch;
  for (let s = 0, t = 0; s < S; s++) for (let i = 0; i < N; i++, t++) args[t] = share[s] * accessT[t];
  mathBatch.log(K);
  for (let s = 0, t = 0; s < S; s++) {
    if (!present[s]) { t += N; continue; }
    for (let i = 0; i < N; i++, t++) out[i * S + s] = args[t] > 0 ? e[t] : LOG_FLOOR;
  }
}

/**
 * Anderson mixing (type II): from the last iterates g_k = G(x_k) and residuals f_k = g_k − x_k,
 * the next x is g_m − Σ_a γ_a (g_{a+1} − g_a), γ minimising |f_m − Σ_a γ_a (f_{a+1} − f_a)|.
 * The differences and their inner products live in rings allocated with the market's workspace
 * and cleared by `reset()` for each solve: a new iterate costs one new difference pair and one
 * new row of the Gram matrix.
 */
class Anderson {
  /** Last g and f (the newest iterate). */
  private readonly gLast: Float64Array;
  private readonly fLast: Float64Array;
  /** Ring of the last `depth` differences Δf, Δg (slot of logical a: (start + a) % depth). */
  private readonly dF: Float64Array[] = [];
  private readonly dG: Float64Array[] = [];
  /** Inner products of the Δf slots, depth × depth by slot. */
  private readonly gram: Float64Array;
  /** The next iterate, returned by next() (the caller may change it; next() overwrites it). */
  private readonly out: Float64Array;
  /** The differences in logical order (oldest first), and inner products, for one call. */
  private readonly ordF: Float64Array[] = [];
  private readonly ordG: Float64Array[] = [];
  private readonly dotOut: Float64Array;
  private stored = 0; // iterates seen, capped at depth + 1
  private start = 0; // slot of the oldest difference

  /** Forgets the iterates of the last solve. */
  reset(): void {
    this.stored = 0;
    this.start = 0;
  }

  constructor(private readonly K: number, private readonly depth: number) {
    this.gLast = new Float64Array(K);
    this.fLast = new Float64Array(K);
    for (let a = 0; a < depth; a++) { this.dF.push(new Float64Array(K)); this.dG.push(new Float64Array(K)); }
    this.gram = new Float64Array(depth * depth);
    this.out = new Float64Array(K);
    this.dotOut = new Float64Array(depth);
  }

  next(g: Float64Array, f: Float64Array): Float64Array {
    const { K, depth, dF, dG, gram } = this;
    if (this.stored > 0) {
      // The new difference goes into the slot after the newest (the oldest once the ring is full).
      const m0 = this.stored - 1; // differences held before this one
      const slot = m0 < depth ? (this.start + m0) % depth : this.start;
      if (m0 >= depth) this.start = (this.start + 1) % depth;
      const df = dF[slot], dg = dG[slot];
      for (let k = 0; k < K; k++) { df[k] = f[k] - this.fLast[k]; dg[k] = g[k] - this.gLast[k]; }
      const held = Math.min(m0 + 1, depth);
      for (let a = 0; a < held; a++) this.ordF[a] = dF[(this.start + a) % depth];
      dots(this.ordF, held, df, this.dotOut);
      for (let a = 0; a < held; a++) {
        const other = (this.start + a) % depth;
        gram[other * depth + slot] = this.dotOut[a];
        gram[slot * depth + other] = this.dotOut[a];
      }
    }
    this.gLast.set(g);
    this.fLast.set(f);
    if (this.stored < depth + 1) this.stored++;
    const m = this.stored - 1;
    const out = this.out;
    out.set(g);
    if (m === 0) return out;
    const A: number[][] = [], r: number[] = [];
    const ordF = this.ordF, ordG = this.ordG;
    for (let a = 0; a < m; a++) {
      const sa = (this.start + a) % depth;
      ordF[a] = dF[sa];
      ordG[a] = dG[sa];
      A.push([]);
      for (let b = 0; b < m; b++) A[a].push(gram[sa * depth + (this.start + b) % depth]);
      A[a][a] = A[a][a] * (1 + 1e-10) + 1e-300; // Tikhonov nudge against a singular system
    }
    dots(ordF, m, f, this.dotOut);
    for (let a = 0; a < m; a++) r.push(this.dotOut[a]);
    const gamma = solveSmall(A, r);
    // out[k] −= γ_a Δg_a[k] for a in order, four differences per pass over out.
    let a = 0;
    for (; a + 3 < m; a += 4) {
      const g0 = ordG[a], g1 = ordG[a + 1], g2 = ordG[a + 2], g3 = ordG[a + 3];
      const y0 = gamma[a], y1 = gamma[a + 1], y2 = gamma[a + 2], y3 = gamma[a + 3];
      for (let k = 0; k < K; k++) out[k] = (((out[k] - y0 * g0[k]) - y1 * g1[k]) - y2 * g2[k]) - y3 * g3[k];
    }
    for (; a < m; a++) {
      const dg = ordG[a], y = gamma[a];
      for (let k = 0; k < K; k++) out[k] -= y * dg[k];
    }
    return out;
  }
}

/** out[a] = Σ_k vs[a][k]·b[k] for a < n, each sum in k order; four vectors per pass over b. */
function dots(vs: Float64Array[], n: number, b: Float64Array, out: Float64Array): void {
  const K = b.length;
  let a = 0;
  for (; a + 3 < n; a += 4) {
    const v0 = vs[a], v1 = vs[a + 1], v2 = vs[a + 2], v3 = vs[a + 3];
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0;
    for (let k = 0; k < K; k++) { const bk = b[k]; d0 += v0[k] * bk; d1 += v1[k] * bk; d2 += v2[k] * bk; d3 += v3[k] * bk; }
    out[a] = d0; out[a + 1] = d1; out[a + 2] = d2; out[a + 3] = d3;
  }
  for (; a < n; a++) {
    const v = vs[a];
    let d = 0;
    for (let k = 0; k < K; k++) d += v[k] * b[k];
    out[a] = d;
  }
}

/** Gaussian elimination with partial pivoting on a small dense system. */
function solveSmall(A: number[][], r: number[]): number[] {
  const n = r.length;
  for (let a = 0; a < n; a++) {
    let p = a;
    for (let b = a + 1; b < n; b++) if (Math.abs(A[b][a]) > Math.abs(A[p][a])) p = b;
    [A[a], A[p]] = [A[p], A[a]];
    [r[a], r[p]] = [r[p], r[a]];
    for (let b = a + 1; b < n; b++) {
      const k = A[b][a] / A[a][a];
      for (let c = a; c < n; c++) A[b][c] -= k * A[a][c];
      r[b] -= k * r[a];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let a = n - 1; a >= 0; a--) {
    let v = r[a];
    for (let c = a + 1; c < n; c++) v -= A[a][c] * x[c];
    x[a] = v / A[a][a];
  }
  return x;
}
