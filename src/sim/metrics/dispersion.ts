import { log } from '../math';
/**
 * Dispersion of a per-capita quantity (usually per-capita GDP) across cities: the y axis of
 * the bell-shaped curve of spatial development. Pure functions, no random numbers.
 *
 * Inputs are expected to be finite and non-negative (per-capita GDP). Degenerate inputs
 * (no cities, zero mean) return 0 rather than NaN, so a recorded column never holds NaN.
 */

/**
 * Coefficient of variation with the POPULATION standard deviation (divide by n, not n − 1):
 *
 *   CV = sqrt( (1/n) Σ_i (y_i − ȳ)² ) / ȳ,   ȳ = (1/n) Σ_i y_i.
 *
 * Unweighted: every city counts once whatever its size. Dimensionless, ≥ 0.
 * Returns 0 for an empty input or a zero mean.
 *
 * @example cv([1, 2, 3, 4]) = sqrt(1.25) / 2.5 ≈ 0.4472135955
 */
export function cv(y: ArrayLike<number>): number {
  const n = y.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) s += y[i];
  const m = s / n;
  if (m === 0) return 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i] - m;
    ss += d * d;
  }
  return Math.sqrt(ss / n) / m;
}

/**
 * Williamson (1965) population-weighted coefficient of variation, measured around the
 * POPULATION-WEIGHTED mean (R's `REAT::williamson` uses the unweighted mean by default; this
 * does not):
 *
 *   V_w = sqrt( Σ_i (p_i/P) (y_i − ȳ_w)² ) / ȳ_w,   ȳ_w = Σ_i p_i y_i / P,   P = Σ_i p_i.
 *
 * With y = per-capita GDP and p = population, ȳ_w is the cluster's per-capita GDP.
 * Dimensionless, ≥ 0. Returns 0 when P = 0 or ȳ_w = 0.
 *
 * Williamson, J. G. (1965). Regional inequality and the process of national development.
 * Economic Development and Cultural Change 13(4), 1–84.
 *
 * @param y per-capita values, length n.
 * @param pop weights (population), length n, non-negative.
 */
export function williamson(y: ArrayLike<number>, pop: ArrayLike<number>): number {
  const n = y.length;
  let P = 0;
  let yp = 0;
  for (let i = 0; i < n; i++) {
    P += pop[i];
    yp += y[i] * pop[i];
  }
  if (P === 0) return 0;
  const yw = yp / P;
  if (yw === 0) return 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i] - yw;
    ss += (pop[i] / P) * d * d;
  }
  return Math.sqrt(ss) / yw;
}

/**
 * Unweighted Theil T index (generalised entropy GE(1)) across n units:
 *
 *   T = (1/n) Σ_i (y_i/ȳ) ln(y_i/ȳ),   with 0 · ln 0 := 0 (a unit with y_i = 0 contributes 0).
 *
 * Range [0, ln n]; 0 when all units are equal. Same as pysal `inequality.theil.Theil`.
 * Returns 0 for an empty input or a zero mean.
 *
 * Theil, H. (1967). Economics and Information Theory. North-Holland.
 */
export function theil(y: ArrayLike<number>): number {
  const n = y.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) s += y[i];
  const m = s / n;
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const r = y[i] / m;
    if (r > 0) t += r * log(r);
  }
  return t / n;
}

/** Result of {@link theilDecomposition}; `total === between + within` up to rounding. */
export interface TheilDecomposition {
  /** Theil T of all units, as {@link theil}. */
  total: number;
  /** Between-group part: Σ_g s_g ln(s_g / (n_g/n)). */
  between: number;
  /** Within-group part: Σ_g s_g T_g. */
  within: number;
}

/**
 * Between/within decomposition of the unweighted Theil T over a partition of the units
 * (e.g. cities by province), as pysal `TheilD`:
 *
 *   T = T_B + T_W,
 *   T_B = Σ_g s_g ln( s_g / (n_g/n) ),   s_g = Y_g / Y (group share of the total of y),
 *   T_W = Σ_g s_g T_g,                    T_g = Theil T of the units in group g.
 *
 * Computed in two passes without per-group copies, using s_g T_g = (1/Y) Σ_{i∈g} y_i ln(y_i/ȳ_g).
 * Groups with a zero total contribute 0 to both parts. Returns zeros for an empty input or a
 * zero total.
 *
 * Theil, H. (1967). Economics and Information Theory. North-Holland.
 *
 * @param y values, length n.
 * @param groups group id of each unit (any numbers compared with ===, e.g. region index), length n.
 */
export function theilDecomposition(y: ArrayLike<number>, groups: ArrayLike<number>): TheilDecomposition {
  const n = y.length;
  const total = theil(y);
  let Y = 0;
  for (let i = 0; i < n; i++) Y += y[i];
  if (n === 0 || Y === 0) return { total, between: 0, within: 0 };

  // Slot of each group id in order of first appearance (deterministic summation order).
  const slotOf = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!slotOf.has(groups[i])) slotOf.set(groups[i], slotOf.size);
  const G = slotOf.size;
  const sumG = new Float64Array(G);
  const cntG = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    const g = slotOf.get(groups[i]) as number;
    sumG[g] += y[i];
    cntG[g] += 1;
  }

  let between = 0;
  for (let g = 0; g < G; g++) {
    const sg = sumG[g] / Y;
    if (sg > 0) between += sg * log(sg / (cntG[g] / n));
  }
  let within = 0;
  for (let i = 0; i < n; i++) {
    const g = slotOf.get(groups[i]) as number;
    const meanG = sumG[g] / cntG[g];
    if (y[i] > 0) within += y[i] * log(y[i] / meanG);
  }
  return { total, between, within: within / Y };
}

/**
 * Gini coefficient as the relative mean difference:
 *
 *   G = Σ_i Σ_j |y_i − y_j| / (2 n² ȳ).
 *
 * Computed in O(n log n) on a sorted copy, using the identity for ascending x_(1) ≤ … ≤ x_(n):
 * Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n − 1) x_(i), so G = Σ_i (2i − n − 1) x_(i) / (n · Σ_i x_i).
 * Range [0, 1 − 1/n] for non-negative y. Returns 0 for an empty input or a zero total.
 * Allocates one Float64Array of length n (the sorted copy).
 *
 * Gini, C. (1912). Variabilità e mutabilità. Bologna.
 */
export function gini(y: ArrayLike<number>): number {
  const n = y.length;
  if (n === 0) return 0;
  const x = Float64Array.from(y).sort();
  let s = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    s += x[i];
    w += (2 * (i + 1) - n - 1) * x[i];
  }
  if (s === 0) return 0;
  return w / (n * s);
}
