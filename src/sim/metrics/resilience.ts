/**
 * Regional resilience to a shock: how a city's employment (or output) changed over the shock
 * window compared with the cluster's. Pure functions, no random numbers.
 *
 * "before" and "after" are levels at the start and end of the window (e.g. the year before
 * the shock and the trough). Any zero denominator makes the index undefined; these functions
 * then return 0 so recorded columns stay finite.
 */

/**
 * Martin (2012) sensitivity index:
 *
 *   β_i = ((E_i1 − E_i0) / E_i0) / ((E_C1 − E_C0) / E_C0),
 *
 * the city's relative change over the cluster's relative change. Dimensionless.
 * In a contraction (cluster falls), β_i > 1 means the city lost MORE than the cluster (more
 * sensitive), 0 < β_i < 1 that it lost less, β_i < 0 that it grew. In an expansion, β_i > 1
 * means it grew more. The cluster's own index is 1 by construction.
 * Returns 0 when before = 0, clusterBefore = 0 or the cluster did not change.
 *
 * Martin, R. (2012). Regional economic resilience, hysteresis and recessionary shocks.
 * Journal of Economic Geography 12(1), 1–32.
 */
export function martinSensitivity(before: number, after: number, clusterBefore: number, clusterAfter: number): number {
  if (before === 0 || clusterBefore === 0) return 0;
  const clusterChange = (clusterAfter - clusterBefore) / clusterBefore;
  if (clusterChange === 0) return 0;
  return (after - before) / before / clusterChange;
}

/**
 * Martin et al. (2016) resistance index: the city's change minus the change it would have had
 * at the cluster's rate, relative to the size of that expected change:
 *
 *   Res_i = (ΔE_i − ΔE_i^exp) / |ΔE_i^exp|,   ΔE_i^exp = E_i0 · (E_C1 − E_C0) / E_C0.
 *
 * Dimensionless. Res_i > 0: the city did better than expected (more resistant to a downturn);
 * Res_i < 0: worse; 0: exactly the cluster's rate. Returns 0 when the expected change is 0
 * (before = 0, clusterBefore = 0 or the cluster did not change).
 *
 * Martin, R., Sunley, P., Gardiner, B. & Tyler, P. (2016). How regions react to recessions:
 * resilience and the role of economic structure. Regional Studies 50(4), 561–585.
 */
export function martinResistance(before: number, after: number, clusterBefore: number, clusterAfter: number): number {
  if (clusterBefore === 0) return 0;
  const expected = (before * (clusterAfter - clusterBefore)) / clusterBefore;
  if (expected === 0 || !Number.isFinite(expected)) return 0;
  return (after - before - expected) / Math.abs(expected);
}
