import type { MarketInputs, MarketState } from '../../src/sim/market';

/** Past iterates Anderson acceleration mixes. */
const DEPTH = 5;
const MAX_ITERATIONS = 200;
/** Largest relative change of any M_is at which the solve stops (moves a log payoff by ~2e-9). */
export const ACCELERATED_TOLERANCE = 1e-8;
const FLOOR = Math.log(1e-300);

/**
 * A proposal for `clearMarkets` (src/sim/market.ts), same inputs, same outputs, same equilibrium:
 * the fixed point in x = ln M solved with two changes, for the engine owner to adopt or not.
 *
 * 1. Level rescale. At the equilibrium every unit spent on sector s is a wage bill of a sector-s
 *    cell, so W_s = Σ_i M_is^(1/σ) Q_is = μ_s Y and Y = w_A·A / (1 − μ_H − Σ_s μ_s) (sums over
 *    active cities and present sectors). Each map evaluation first scales M_·s by (μ_s Y / W_s)^σ:
 *    the common level, which productivity growth and the trade trend shift every year and which
 *    the damped iteration relaxes only slowly, is then exact.
 * 2. Anderson acceleration (Walker & Ni 2011, SIAM J. Numer. Anal. 49(4)), depth 5, on the
 *    undamped update, with the two O(N²S) passes written as a contiguous scatter and a dot
 *    product against Y_j / G_js.
 * Returns the number of map evaluations.
 */
export function clearMarketsAccelerated(inp: MarketInputs, land: Float64Array, st: MarketState, tol = ACCELERATED_TOLERANCE): number {
  const { N, S, sigma, share, housingShare, Q, local, localWage, phi, active } = inp;
  const K = N * S;
  const present = new Uint8Array(S);
  for (let c = 0; c < K; c++) if (Q[c] > 0) present[c % S] = 1;
  let A = 0, mu = 0;
  for (let i = 0; i < N; i++) if (active[i]) A += localWage * local[i];
  for (let s = 0; s < S; s++) if (present[s]) mu += share[s];
  const Ytot = A / (1 - housingShare - mu);
  const G = new Float64Array(S * N), ratio = new Float64Array(S * N), supply = new Float64Array(N);
  const income = new Float64Array(N), W = new Float64Array(S);

  /** y = rescale(x) in place; out = ln of the wage-equation update at y. */
  const map = (x: Float64Array, out: Float64Array): void => {
    W.fill(0);
    for (let c = 0; c < K; c++) if (Q[c] > 0) W[c % S] += Math.exp(x[c] / sigma) * Q[c];
    for (let c = 0; c < K; c++) { const s = c % S; if (present[s]) x[c] += sigma * Math.log((share[s] * Ytot) / W[s]); }
    for (let i = 0; i < N; i++) {
      let wb = 0;
      for (let s = 0; s < S; s++) { const c = i * S + s; if (Q[c] > 0) wb += Math.exp(x[c] / sigma) * Q[c]; }
      income[i] = active[i] ? (wb + localWage * local[i]) / (1 - housingShare) : 0;
    }
    G.fill(0);
    for (let s = 0; s < S; s++) {
      if (!present[s]) { for (let i = 0; i < N; i++) out[i * S + s] = x[i * S + s]; continue; }
      const base = s * N * N, g = s * N;
      for (let i = 0; i < N; i++) { const c = i * S + s; supply[i] = Q[c] > 0 ? Q[c] * Math.exp(((1 - sigma) / sigma) * x[c]) : 0; }
      for (let i = 0; i < N; i++) {
        const sp = supply[i];
        if (sp === 0) continue;
        const row = base + i * N;
        for (let j = 0; j < N; j++) G[g + j] += phi[row + j] * sp;
      }
      for (let j = 0; j < N; j++) ratio[g + j] = G[g + j] > 0 ? income[j] / G[g + j] : 0;
      for (let i = 0; i < N; i++) {
        const row = base + i * N;
        let m = 0;
        for (let j = 0; j < N; j++) m += phi[row + j] * ratio[g + j];
        m *= share[s];
        out[i * S + s] = m > 0 ? Math.log(m) : FLOOR;
      }
    }
  };

  let x: Float64Array = Float64Array.from(st.M, Math.log);
  const gx = new Float64Array(K), f = new Float64Array(K);
  const Xs: Float64Array[] = [], Fs: Float64Array[] = [];
  let it = 0, residual = Infinity;
  for (; it < MAX_ITERATIONS; it++) {
    map(x, gx);
    residual = 0;
    for (let c = 0; c < K; c++) { f[c] = gx[c] - x[c]; residual = Math.max(residual, Math.abs(Math.expm1(f[c]))); }
    if (residual < tol) { x = Float64Array.from(gx); it++; break; }
    Xs.push(Float64Array.from(gx)); Fs.push(Float64Array.from(f));
    if (Xs.length > DEPTH + 1) { Xs.shift(); Fs.shift(); }
    x = andersonMix(Xs, Fs, K);
  }
  for (let c = 0; c < K; c++) st.M[c] = Math.exp(x[c]);
  st.iterations = it;
  st.residual = residual;
  finish(inp, land, st, present, G);
  return it;
}

/** The Anderson update from the last iterates g_k and residuals f_k (least squares on differences). */
function andersonMix(Xs: Float64Array[], Fs: Float64Array[], K: number): Float64Array {
  const m = Fs.length - 1;
  const last = Xs[m];
  if (m === 0) return Float64Array.from(last);
  const dF = Array.from({ length: m }, (_, a) => Fs[a + 1].map((v, k) => v - Fs[a][k]));
  const dG = Array.from({ length: m }, (_, a) => Xs[a + 1].map((v, k) => v - Xs[a][k]));
  const M = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => dot(dF[a], dF[b], K)));
  const r = Array.from({ length: m }, (_, a) => dot(dF[a], Fs[m], K));
  for (let a = 0; a < m; a++) M[a][a] = M[a][a] * (1 + 1e-10) + 1e-300;
  const gamma = solve(M, r);
  const out = Float64Array.from(last);
  for (let a = 0; a < m; a++) for (let k = 0; k < K; k++) out[k] -= gamma[a] * dG[a][k];
  return out;
}

function dot(a: Float64Array, b: Float64Array, K: number): number {
  let d = 0;
  for (let k = 0; k < K; k++) d += a[k] * b[k];
  return d;
}

/** Gaussian elimination with partial pivoting on a small dense system. */
function solve(M: number[][], r: number[]): number[] {
  const n = r.length;
  for (let a = 0; a < n; a++) {
    let p = a;
    for (let b = a + 1; b < n; b++) if (Math.abs(M[b][a]) > Math.abs(M[p][a])) p = b;
    [M[a], M[p]] = [M[p], M[a]]; [r[a], r[p]] = [r[p], r[a]];
    for (let b = a + 1; b < n; b++) {
      const k = M[b][a] / M[a][a];
      for (let c = a; c < n; c++) M[b][c] -= k * M[a][c];
      r[b] -= k * r[a];
    }
  }
  const x = new Array(n).fill(0);
  for (let a = n - 1; a >= 0; a--) {
    let v = r[a];
    for (let c = a + 1; c < n; c++) v -= M[a][c] * x[c];
    x[a] = v / M[a][a];
  }
  return x;
}

/** The engine's epilogue: incomes, G^(1−σ) in [j·S + s] layout, rent and cost of living at the solution. */
function finish(inp: MarketInputs, land: Float64Array, st: MarketState, present: Uint8Array, G: Float64Array): void {
  const { N, S, sigma, share, housingShare, Q, local, localWage, phi, active } = inp;
  G.fill(0);
  for (let s = 0; s < S; s++) {
    if (!present[s]) continue;
    for (let i = 0; i < N; i++) {
      const c = i * S + s;
      if (Q[c] <= 0) continue;
      const sp = Q[c] * Math.pow(st.M[c], (1 - sigma) / sigma), row = s * N * N + i * N;
      for (let j = 0; j < N; j++) G[s * N + j] += phi[row + j] * sp;
    }
  }
  for (let i = 0; i < N; i++) {
    let wb = 0;
    for (let s = 0; s < S; s++) {
      const c = i * S + s;
      const v = Q[c] > 0 ? Math.pow(st.M[c], 1 / sigma) * Q[c] : 0;
      st.cellWageBill[c] = v;
      st.Gpow[c] = G[s * N + i];
      wb += v;
    }
    st.wageBill[i] = wb;
    st.income[i] = active[i] ? (wb + localWage * local[i]) / (1 - housingShare) : 0;
    st.rent[i] = land[i] > 0 ? (housingShare * st.income[i]) / land[i] : 0;
    let lnCol = 0;
    for (let s = 0; s < S; s++) {
      const g = st.Gpow[i * S + s];
      if (present[s] && g > 0) lnCol += (share[s] * Math.log(g)) / (1 - sigma);
    }
    if (housingShare > 0) lnCol += housingShare * Math.log(Math.max(st.rent[i], 1e-12));
    st.lnCostOfLiving[i] = lnCol;
  }
}
