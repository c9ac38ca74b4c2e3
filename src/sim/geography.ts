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
      // Row i's exponentials in one batch: columns from `first` on (all of them when travel is
      // asymmetric anywhere: twice the exponentials, each the value the mirror would have had).
      const first = symmetric ? i + 1 : 0;
      for (let j = first; j < N; j++) {
        const logT = a * travelKm[i * N + j] + (region[i] !== region[j] ? barrierLogCost : 0);
        args[j - first] = -k * logT;
      }
      mathBatch.exp(N - first);
      for (let j = first; j < N; j++) out[row + j] = e[j - first];
      if (symmetric) for (let j = 0; j < i; j++) out[row + j] = out[base + j * N + i];
      out[row + i] = 1;
    }
  }
  return out;
}

/** Whether an N×N matrix equals its transpose (then so do φ and the spillover kernel made from it). */
export function isSymmetric(m: Float64Array, N: number): boolean {
  for (let i = 0; i < N; i++) for (let j = 0; j < i; j++) if (m[i * N + j] !== m[j * N + i]) return false;
  return true;
}
