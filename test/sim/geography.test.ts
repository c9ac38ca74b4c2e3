import { describe, it, expect } from 'vitest';
import { isSymmetric, tradeFreeness } from '../../src/sim/geography';
import { exp } from '../../src/sim/math';

// tradeFreeness saves work by mirroring symmetric pairs and copying sectors with equal trade
// costs; the result must be the plain formula's, bit for bit, symmetric or not.
function plain(N: number, tradeCost: Float64Array, sigma: number, tau: number, km: Float64Array, region: Int32Array, barrier: number): Float64Array {
  const out = new Float64Array(tradeCost.length * N * N);
  for (let s = 0; s < tradeCost.length; s++)
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++)
        out[s * N * N + i * N + j] = i === j ? 1 : exp(-(sigma - 1) * (tradeCost[s] * tau / 100 * km[i * N + j] + (region[i] !== region[j] ? barrier : 0)));
  return out;
}

describe('tradeFreeness', () => {
  // A small cluster and a larger one (pairs mirrored across rows far apart).
  for (const N of [7, 37]) {
    const tradeCost = Float64Array.from([0.5, 1, 0.5, 1.2, 1]);
    const region = Int32Array.from({ length: N }, (_, i) => [0, 0, 1, 1, 2, 0, 1][i % 7]);
    const symmetric = new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let j = 0; j < i; j++) symmetric[i * N + j] = symmetric[j * N + i] = 13.7 * (i + 1) + 7.1 * j * j;

    it(`equals the formula for symmetric distances (${N} cities)`, () => {
      const out = tradeFreeness(new Float64Array(5 * N * N), N, tradeCost, 5, 0.6, symmetric, region, 0.3);
      expect(Array.from(out)).toEqual(Array.from(plain(N, tradeCost, 5, 0.6, symmetric, region, 0.3)));
      expect(isSymmetric(symmetric, N)).toBe(true);
    });

    it(`equals the formula when a transport event made some pairs asymmetric (${N} cities)`, () => {
      const km = Float64Array.from(symmetric);
      km[2 * N + 5] *= 0.5; // one direction of one link only
      km[6 * N + 1] *= 0.7;
      km[(N - 1) * N + 3] *= 0.6; // below the diagonal, in the last row
      const out = tradeFreeness(new Float64Array(5 * N * N), N, tradeCost, 4, 0.9, km, region, 0.5);
      expect(Array.from(out)).toEqual(Array.from(plain(N, tradeCost, 4, 0.9, km, region, 0.5)));
      expect(out[2 * N + 5]).not.toBe(out[5 * N + 2]);
      expect(isSymmetric(km, N)).toBe(false);
    });
  }
});
