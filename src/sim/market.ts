import { exp, log, pow } from './math';
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
  /** φ, S×N×N. */
  phi: Float64Array;
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

const MAX_ITERATIONS = 300;
const TOLERANCE = 1e-9;
// Weight of the new iterate in log space (1 = undamped): the per-sector rescaling keeps it stable.
const DAMPING = 1;

/** Solves the market for the given firms; writes into `st`. `land` is H_j (km² of usable land). */
export function clearMarkets(inp: MarketInputs, land: Float64Array, st: MarketState): void {
  const { N, S, sigma, share, housingShare, Q, local, localWage, phi, active } = inp;
  const { M, Gpow, income, wageBill, cellWageBill } = st;
  const invSigma = 1 / sigma;
  const expG = (1 - sigma) / sigma;
  // A sector with no firms anywhere cannot be bought: its spending goes to the traditional good.
  const present = new Uint8Array(S);
  const next = new Float64Array(N * S);
  for (let i = 0; i < N; i++) for (let s = 0; s < S; s++) if (Q[i * S + s] > 0) present[s] = 1;

  // In equilibrium each sector sells μ_s of cluster income, and cluster income is pinned by
  // the traditional good's market: Σ_j Y_j = w_A Σ_j A_j / (1 − μ_H − Σ_present μ_s). Rescaling
  // each sector's M to those totals every iteration removes the slow "scale" mode of the
  // fixed point, so the iteration converges in a few dozen steps instead of hundreds.
  let localIncome = 0, spent = 0;
  for (let i = 0; i < N; i++) if (active[i]) localIncome += localWage * local[i];
  for (let s = 0; s < S; s++) if (present[s]) spent += share[s];
  const clusterIncome = localIncome / Math.max(1 - housingShare - spent, 1e-9);

  // Sector-major scratch vectors keep the two N×N sweeps per sector contiguous in memory.
  const supply = new Float64Array(S * N); // Q_is M_is^((1−σ)/σ)
  const gpowT = new Float64Array(S * N); // G_js^(1−σ)
  const demand = new Float64Array(S * N); // Y_j / G_js^(1−σ)
  let residual = Infinity;
  let it = 0;
  for (; it < MAX_ITERATIONS && residual > TOLERANCE; it++) {
    // Incomes from wage bills at the current market access, and each cell's supply term.
    for (let i = 0; i < N; i++) {
      let wb = 0;
      for (let s = 0; s < S; s++) {
        const c = i * S + s;
        if (Q[c] > 0) {
          const lnM = log(M[c]);
          const v = exp(lnM * invSigma) * Q[c];
          cellWageBill[c] = v;
          supply[s * N + i] = Q[c] * exp(lnM * expG);
          wb += v;
        } else {
          cellWageBill[c] = 0;
          supply[s * N + i] = 0;
        }
      }
      wageBill[i] = wb;
      income[i] = active[i] ? (wb + localWage * local[i]) / (1 - housingShare) : 0;
    }
    residual = 0;
    for (let s = 0; s < S; s++) {
      if (!present[s]) continue;
      const base = s * N * N;
      // Price indices: G_js^(1−σ) = Σ_i φ_ijs supply_is.
      const g = gpowT.subarray(s * N, (s + 1) * N);
      g.fill(0);
      for (let i = 0; i < N; i++) {
        const q = supply[s * N + i];
        if (q === 0) continue;
        const row = base + i * N;
        for (let j = 0; j < N; j++) g[j] += phi[row + j] * q;
      }
      const d = demand.subarray(s * N, (s + 1) * N);
      for (let j = 0; j < N; j++) d[j] = g[j] > 0 && income[j] > 0 ? income[j] / g[j] : 0;
      // Market access from the wage equation, then rescaled to the sector's revenue identity.
      let revenue = 0;
      for (let i = 0; i < N; i++) {
        const row = base + i * N;
        let m = 0;
        for (let j = 0; j < N; j++) m += phi[row + j] * d[j];
        m *= share[s];
        const c = i * S + s;
        next[c] = m > 0 ? (DAMPING === 1 ? m : exp((1 - DAMPING) * log(M[c]) + DAMPING * log(m))) : 1e-300;
        if (Q[c] > 0) revenue += pow(next[c], invSigma) * Q[c];
      }
      const k = revenue > 0 ? pow((share[s] * clusterIncome) / revenue, sigma) : 1;
      for (let i = 0; i < N; i++) {
        const c = i * S + s;
        const v = next[c] * k;
        const rel = Math.abs(v - M[c]) / M[c];
        if (rel > residual) residual = rel;
        M[c] = v;
      }
    }
  }
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
