import type { World } from '../sim/world';
import { log } from '../sim/math';
import { mathBatch } from '../sim/math-batch';

/**
 * Migration of residents not tied to a firm (a city-level population, not agents): each year
 * a share `rate` of them reconsiders, and moves to city j with the logit probability
 *
 *   P(j | i) ∝ exp(β_m [ln(y_j / P_j) + a_j − c_ij])
 *
 * y_j income per resident, P_j the cost of living, a_j amenity, c_ij the migration cost
 * (distance, and the barrier across regions, e.g. household registration). Staying costs 0.
 * Flows are expected values (no random draw), so population stays smooth and exact.
 * (Harris & Todaro 1970 for expected income; Tabuchi 1998 for the cost of living.)
 */
export function migrate(w: World): void {
  const { N, local, active, market, amenity, travelKm, region } = w;
  const p = w.scenario.params;
  if (!p.mechanisms.migration || p.migration.rate <= 0) return;
  const m = p.migration;
  const utility = w.scratch.f64('migration.utility', N);
  for (let j = 0; j < N; j++) {
    const pop = w.pop[j]; // the residents this year's incomes were earned by
    utility[j] = active[j] && pop > 0 && market.income[j] > 0
      ? log(market.income[j] / pop) - market.lnCostOfLiving[j] + amenity[j]
      : -Infinity;
  }
  const inflow = w.scratch.f64('migration.inflow', N);
  const weights = w.scratch.f64('migration.weights', N);
  mathBatch.reserve(N);
  const { args, out: e } = mathBatch;
  for (let i = 0; i < N; i++) {
    if (!active[i] || local[i] <= 0) continue;
    let umax = -Infinity;
    for (let j = 0; j < N; j++) {
      const cost = i === j ? 0 : m.costPer100Km * travelKm[i * N + j] / 100 + (region[i] !== region[j] ? m.barrierCost * w.barrier : 0);
      weights[j] = utility[j] - cost;
      if (weights[j] > umax) umax = weights[j];
    }
    // The exponentials as one batch (math-batch.ts: exp's bits); a city nobody can value weighs 0.
    for (let j = 0; j < N; j++) args[j] = Number.isFinite(weights[j]) ? m.beta * (weights[j] - umax) : 0;
    mathBatch.exp(N);
    let tot = 0;
    for (let j = 0; j < N; j++) { weights[j] = Number.isFinite(weights[j]) ? e[j] : 0; tot += weights[j]; }
    const movers = m.rate * local[i];
    for (let j = 0; j < N; j++) inflow[j] += movers * weights[j] / tot;
    inflow[i] -= movers;
  }
  for (let j = 0; j < N; j++) local[j] = Math.max(0, local[j] + inflow[j]);
}
