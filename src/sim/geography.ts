import { cos } from './math';
import { mathBatch } from './math-batch';
/** Distances and trade freeness between cities. */

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Equirectangular projection to km around a reference latitude: good to well under 1% across
 * a city cluster (a few hundred km), and what the map and the distances use.
 */
export function projectKm(lat: number, lon: number, refLat: number, refLon: number): { x: number; y: number } {
  const kmPerDeg = (Math.PI / 180) * EARTH_RADIUS_KM;
  return { x: (lon - refLon) * kmPerDeg * cos(refLat * (Math.PI / 180)), y: (lat - refLat) * kmPerDeg };
}

/** Euclidean distances (km) between projected positions, row-major N×N. */
export function distanceMatrix(x: Float64Array, y: Float64Array): Float64Array {
  const n = x.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) { const dx = x[i] - x[j], dy = y[i] - y[j]; d[i * n + j] = Math.sqrt(dx * dx + dy * dy); }
  }
  return d;
}

/**
 * Trade freeness φ_ijs = T_ijs^(1−σ) for every sector, laid out [s][i][j] (S×N×N), with the
 * iceberg factor T_ijs = exp(ψ_s τ d_ij q_ij / 100 + c_b b [region_i ≠ region_j]), T_ii = 1.
 * (Krugman 1991; Fujita, Krugman & Venables 1999 ch. 4: exponential iceberg costs of distance.)
 * `symmetric`: travelKm equals its transpose (then so does each block, and only the upper
 * triangle is computed: a pair takes its mirror's value, the same arithmetic on the same numbers).
 */
export function tradeFreeness(
  out: Float64Array, N: number, tradeCost: Float64Array, sigma: number, tauPer100Km: number,
  travelKm: Float64Array, region: Int32Array, barrierLogCost: number, symmetric = isSymmetric(travelKm, N),
): Float64Array {
  const S = tradeCost.length;
  const k = sigma - 1;
  const NN = N * N;
  mathBatch.reserve(N);
  const { args, out: e } = mathBatch;
  for (let s = 0; s < S; s++) {
    const base = s * NN;
    // Sectors with the same trade-cost weight have the same φ: copy the first one's block.
    const same = tradeCost.indexOf(tradeCost[s]);
    if (same >= 0 && same < s) { out.copyWithin(base, same * NN, same * NN + NN); continue; }
    const a = tradeCost[s] * tauPer100Km / 100;
    for (let i = 0; i < N; i++) {
      const row = base + i * N;
      // Row i's exponentials in one batch: columns from `first` on (all of them when asymmetric).
      const first = symmetric ? i + 1 : 0;
      for (let j = first; j < N; j++) {
        const logT = a * travelKm[i * N + j] + (region[i] !== region[j] ? barrierLogCost : 0);
        args[j - first] = -k * logT;
      }
      mathBatch.exp(N - first);
      out.set(e.subarray(0, N - first), row + first);
      out[row + i] = 1;
    }
    if (symmetric) mirrorUpperTriangle(out, base, N);
  }
  return out;
}

/** Copies the upper triangle of the N×N block at `base` onto the lower one, in tiles (a column at a time would stride through memory). */
function mirrorUpperTriangle(m: Float64Array, base: number, N: number): void {
  const T = 16;
  for (let I = 0; I < N; I += T) {
    const iEnd = Math.min(I + T, N);
    for (let J = 0; J <= I; J += T) {
      for (let i = I; i < iEnd; i++) {
        const jEnd = Math.min(J + T, i);
        for (let j = J; j < jEnd; j++) m[base + i * N + j] = m[base + j * N + i];
      }
    }
  }
}

/** Whether an N×N matrix equals its transpose (then so do φ and the spillover kernel made from it). */
export function isSymmetric(m: Float64Array, N: number): boolean {
  for (let i = 0; i < N; i++) for (let j = 0; j < i; j++) if (m[i * N + j] !== m[j * N + i]) return false;
  return true;
}
