/**
 * Spatial autocorrelation of a per-city quantity (usually per-capita GDP).
 *
 * Weight matrices are row-major Float64Arrays of N × N: `W[i * N + j]` is the weight of city j
 * in city i's neighbourhood. Pure functions, no random numbers.
 */

function matrix(out: Float64Array | undefined, N: number, name: string): Float64Array {
  if (out === undefined) return new Float64Array(N * N);
  if (out.length < N * N) throw new RangeError(`${name}: out has length ${out.length}, needs ${N * N}`);
  return out;
}

/** Divide each row of W by its sum; rows summing to 0 stay 0. */
function standardizeRows(W: Float64Array, N: number): void {
  for (let i = 0; i < N; i++) {
    const o = i * N;
    let s = 0;
    for (let j = 0; j < N; j++) s += W[o + j];
    if (s > 0) for (let j = 0; j < N; j++) W[o + j] /= s;
  }
}

/**
 * Inverse-distance spatial weights, the default geography for {@link moran}:
 *
 *   w_ij = 1 / d_ij  for i ≠ j,   w_ii = 0,
 *
 * then, if `rowStandardize`, w_ij ← w_ij / Σ_j w_ij (rows with no weight stay 0).
 * Pairs at distance 0 (two cities at the same place) get weight 0, not Infinity, so the
 * matrix stays finite; likewise non-finite or negative distances give weight 0.
 *
 * @param distKm N×N row-major distances (km; any unit, row standardisation removes it).
 * @param out optional N×N buffer to fill and return.
 */
export function inverseDistanceWeights(
  distKm: ArrayLike<number>,
  N: number,
  rowStandardize = true,
  out?: Float64Array,
): Float64Array {
  const W = matrix(out, N, 'inverseDistanceWeights');
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const d = distKm[i * N + j];
      W[i * N + j] = i !== j && d > 0 && d < Infinity ? 1 / d : 0;
    }
  }
  if (rowStandardize) standardizeRows(W, N);
  return W;
}

/**
 * Inverse economic-distance weights, distance measured in the variable itself:
 *
 *   w_ij = 1 / |y_i − y_j|  for i ≠ j and y_i ≠ y_j,   0 otherwise,
 *
 * then, if `rowStandardize`, rows are divided by their sums (rows with no weight stay 0).
 * Caution: Moran's I of y with these weights is inflated by construction (cities with close
 * values are by definition each other's heaviest neighbours); report the geographic version
 * ({@link inverseDistanceWeights}) as the default.
 *
 * @param y per-city values (e.g. period-mean per-capita GDP), length N.
 * @param out optional N×N buffer to fill and return.
 */
export function inverseEconomicDistanceWeights(
  y: ArrayLike<number>,
  rowStandardize = true,
  out?: Float64Array,
): Float64Array {
  const N = y.length;
  const W = matrix(out, N, 'inverseEconomicDistanceWeights');
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const d = Math.abs(y[i] - y[j]);
      W[i * N + j] = i !== j && d > 0 && d < Infinity ? 1 / d : 0;
    }
  }
  if (rowStandardize) standardizeRows(W, N);
  return W;
}

/** Global Moran's I with its moments under the normality assumption; see {@link moran}. */
export interface MoranResult {
  /** Moran's I. */
  I: number;
  /** E[I] = −1/(N − 1). */
  expected: number;
  /** Var[I] under normality (VN). */
  variance: number;
  /** z = (I − E[I]) / sqrt(Var[I]). */
  z: number;
}

/**
 * Global Moran's I of y with weights W, with expectation, variance and z-score under the
 * NORMALITY assumption (the same numbers as pysal/esda `Moran`: I, EI, VI_norm, z_norm):
 *
 *   I    = (N / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²,   z_i = y_i − ȳ,
 *   E[I] = −1 / (N − 1),
 *   V[I] = (N² S1 − N S2 + 3 S0²) / ((N² − 1) S0²) − E[I]²,
 *   S0 = Σ_ij w_ij,  S1 = ½ Σ_ij (w_ij + w_ji)²,  S2 = Σ_i (w_i· + w_·i)².
 *
 * W is used as given (standardise it before the call if wanted). O(N²) time, no allocation.
 * Degenerate cases return finite numbers: all y equal (or Σ z² = 0) → I = 0, z = 0;
 * N < 2 or S0 = 0 → I = 0, variance 0, z = 0; a non-positive variance gives z = 0.
 *
 * Moran, P. A. P. (1950). Notes on continuous stochastic phenomena. Biometrika 37, 17–23.
 * Cliff, A. D. & Ord, J. K. (1981). Spatial Processes: Models and Applications. Pion (variance).
 *
 * @param y values, length ≥ N (the first N are used).
 * @param W N×N row-major weights.
 */
export function moran(y: ArrayLike<number>, W: ArrayLike<number>, N: number): MoranResult {
  if (N < 2) return { I: 0, expected: 0, variance: 0, z: 0 };
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < N; i++) {
    const v = y[i];
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const m = sum / N;

  let S0 = 0;
  let S1 = 0;
  let S2 = 0;
  let num = 0;
  let z2 = 0;
  for (let i = 0; i < N; i++) {
    const zi = y[i] - m;
    z2 += zi * zi;
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < N; j++) {
      const a = W[i * N + j];
      const b = W[j * N + i];
      rowSum += a;
      colSum += b;
      S1 += (a + b) * (a + b);
      num += a * zi * (y[j] - m);
    }
    S0 += rowSum;
    S2 += (rowSum + colSum) * (rowSum + colSum);
  }
  S1 /= 2;

  const expected = -1 / (N - 1);
  if (S0 === 0) return { I: 0, expected, variance: 0, z: 0 };
  const variance = (N * N * S1 - N * S2 + 3 * S0 * S0) / ((N * N - 1) * S0 * S0) - expected * expected;
  if (lo === hi || z2 === 0) return { I: 0, expected, variance, z: 0 };
  const I = ((N / S0) * num) / z2;
  const z = variance > 0 ? (I - expected) / Math.sqrt(variance) : 0;
  return { I, expected, variance, z };
}
