import type { World } from './world';
import { isSymmetric, tradeFreeness } from './geography';
import { exp, pow } from './math';

/** τ this year: the initial cost per 100 km falling at the trend rate (transport improvement). */
export function tradeCostPer100Km(w: World): number {
  const t = w.scenario.params.trade;
  return w.scenario.params.mechanisms.tradeTrend ? t.costPer100Km * pow(1 - t.declinePerYear, w.tick) : t.costPer100Km;
}

/** Spillover kernel entries below this are 0: cities too far apart to share anything. */
export const SPILL_CUTOFF = 1e-9;

/**
 * Recomputes what depends on travel costs: trade freeness φ (every year while the trend runs,
 * or after a transport or barrier event), the moving-cost kernel and the spillover kernel.
 */
export function updateCosts(w: World): void {
  const p = w.scenario.params;
  if (!w.costsDirty && !(p.mechanisms.tradeTrend && p.trade.declinePerYear !== 0)) return;
  const { N, travelKm, region } = w;
  // Symmetric travel gives symmetric blocks (each pair's φ is its mirror's): no need to check them.
  const symmetric = isSymmetric(travelKm, N);
  tradeFreeness(w.trade.matrix, N, w.tradeCost, p.sigma, tradeCostPer100Km(w), travelKm, region, p.trade.barrierCost * w.barrier, symmetric);
  w.trade.refresh(symmetric);
  if (w.costsDirty) {
    const c = p.choice;
    const beta = c.logitBeta;
    for (let o = 0; o < N; o++) {
      for (let j = 0; j < N; j++) {
        const cost = o === j ? 0
          : c.movingCostFixed + c.movingCostPer100Km * travelKm[o * N + j] / 100 + (region[o] !== region[j] ? c.barrierMovingCost * w.barrier : 0);
        w.moveKernel[o * N + j] = exp(-beta * cost);
        const k = exp(-travelKm[o * N + j] / p.spilloverDecayKm);
        w.spill.matrix[o * N + j] = k >= SPILL_CUTOFF ? k : 0;
      }
    }
    w.spill.refresh(symmetric);
  }
  w.costsDirty = false;
}

/** Population-weighted mean trade freeness between distinct active cities (sector-average ψ), for the record. */
export function meanFreeness(w: World, pop: Float64Array): number {
  const { N, S, active } = w;
  const phi = w.trade.matrix;
  let num = 0, den = 0;
  for (let i = 0; i < N; i++) {
    if (!active[i]) continue;
    for (let j = 0; j < N; j++) {
      if (i === j || !active[j]) continue;
      const wt = pop[i] * pop[j];
      let f = 0;
      for (let s = 0; s < S; s++) f += phi[s * N * N + i * N + j];
      num += wt * f / S;
      den += wt;
    }
  }
  return den > 0 ? num / den : 1;
}
