import { describe, it, expect } from 'vitest';
import { inverseDistanceWeights, inverseEconomicDistanceWeights, moran } from '../../src/sim/metrics/spatial';
import * as ref from '../../../shared/design/metrics-reference.mjs';
import { mulberry32 } from './mulberry32';

// 4 cells on a line, binary rook contiguity (the oracle's fixture).
const LINE4 = [
  [0, 1, 0, 0],
  [1, 0, 1, 0],
  [0, 1, 0, 1],
  [0, 0, 1, 0],
];
const y4 = [1, 2, 3, 4];
const flat = (m: number[][]) => Float64Array.from(m.flat());
const nested = (W: Float64Array, N: number) => Array.from({ length: N }, (_, i) => Array.from(W.subarray(i * N, (i + 1) * N)));

function expectMoranMatchesOracle(y: number[], Wn: number[][]) {
  const N = y.length;
  const got = moran(y, flat(Wn), N);
  const r = ref.moran(y, Wn);
  expect(Math.abs(got.I - r.I)).toBeLessThan(1e-12);
  expect(Math.abs(got.expected - r.EI)).toBeLessThan(1e-12);
  expect(Math.abs(got.variance - r.VN)).toBeLessThan(1e-12);
  expect(Math.abs(got.z - r.zN)).toBeLessThan(1e-12);
}

describe('moran (normality moments, as pysal/esda)', () => {
  it('line-4, binary W: I = 1/3, E[I] = -1/3, V = 4/27, z = √3', () => {
    // z = y - 2.5 = (-1.5,-0.5,0.5,1.5), Σz² = 5
    // Σ w_ij z_i z_j = 2·(0.75 - 0.25 + 0.75) = 2.5; S0 = 6 → I = (4/6)·2.5/5 = 1/3
    // S1 = ½·6·2² = 12; row = col sums (1,2,2,1) → S2 = 2²+4²+4²+2² = 40
    // V = (16·12 - 4·40 + 3·36)/(15·36) - 1/9 = 140/540 - 60/540 = 4/27 = 0.1481481481
    // z = (1/3 + 1/3)/sqrt(4/27) = (2/3)·(3√3/2) = √3 = 1.7320508076
    const m = moran(y4, flat(LINE4), 4);
    expect(m.I).toBeCloseTo(1 / 3, 14);
    expect(m.expected).toBeCloseTo(-1 / 3, 14);
    expect(m.variance).toBeCloseTo(0.1481481481, 10);
    expect(m.z).toBeCloseTo(1.7320508076, 10);
  });
  it('line-4, row-standardised W: I = 0.4, V = 31/180, z = 1.7670825236', () => {
    // W rows (0,1,0,0), (.5,0,.5,0), (0,.5,0,.5), (0,0,1,0); S0 = 4
    // Σ w z z = .75 + .375 - .125 - .125 + .375 + .75 = 2 → I = (4/4)·2/5 = 0.4
    // S1 = (1.5² + 1² + 1.5²) = 5.5; col sums (.5,1.5,1.5,.5) → S2 = 1.5²+2.5²+2.5²+1.5² = 17
    // V = (16·5.5 - 4·17 + 3·16)/(15·16) - 1/9 = 68/240 - 1/9 = 31/180 = 0.1722222222
    // z = (0.4 + 1/3)/sqrt(31/180) = 0.7333333333/0.4149966533 = 1.7670825236
    const rs = flat(ref.rowStandardize(LINE4));
    const m = moran(y4, rs, 4);
    expect(m.I).toBeCloseTo(0.4, 14);
    expect(m.variance).toBeCloseTo(0.1722222222, 10);
    expect(m.z).toBeCloseTo(1.7670825236, 10);
  });
  it('matches the oracle I, EI, VN, zN to 1e-12 on the line-4 fixtures', () => {
    expectMoranMatchesOracle(y4, LINE4);
    expectMoranMatchesOracle(y4, ref.rowStandardize(LINE4));
  });
  it('matches the oracle to 1e-12 on random 6-city data (inverse distance, raw and row-standardised)', () => {
    const rand = mulberry32(31);
    for (let rep = 0; rep < 5; rep++) {
      const coords = Array.from({ length: 6 }, () => [115 + 7 * rand(), 28 + 5 * rand()] as [number, number]);
      const y = Array.from({ length: 6 }, () => 1 + 20 * rand());
      const D = new Float64Array(36);
      for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) D[i * 6 + j] = i === j ? 0 : ref.haversineKm(coords[i], coords[j]);
      const raw = inverseDistanceWeights(D, 6, false);
      const rs = inverseDistanceWeights(D, 6, true);
      const refRaw = ref.inverseDistanceW(coords);
      for (let k = 0; k < 36; k++) expect(raw[k]).toBeCloseTo(refRaw[Math.floor(k / 6)][k % 6], 15);
      expectMoranMatchesOracle(y, refRaw);
      expectMoranMatchesOracle(y, ref.rowStandardize(refRaw));
      expectMoranMatchesOracle(y, nested(rs, 6));
      // an asymmetric, non-standardised W exercises S1 and S2 fully
      expectMoranMatchesOracle(y, Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i === j ? 0 : rand()))));
    }
  });
  it('all-equal y gives I = 0 and z = 0, no NaN', () => {
    const m = moran([0.1, 0.1, 0.1, 0.1], flat(LINE4), 4);
    expect(m.I).toBe(0);
    expect(m.z).toBe(0);
    expect(m.expected).toBeCloseTo(-1 / 3, 14);
    expect(m.variance).toBeCloseTo(4 / 27, 14);
  });
  it('an empty W or a single city gives zeros, no NaN', () => {
    expect(moran(y4, new Float64Array(16), 4)).toEqual({ I: 0, expected: -1 / 3, variance: 0, z: 0 });
    expect(moran([5], new Float64Array(1), 1)).toEqual({ I: 0, expected: 0, variance: 0, z: 0 });
  });
});

describe('inverseDistanceWeights', () => {
  it('w_ij = 1/d_ij, 0 on the diagonal, rows standardised by default', () => {
    // distances from city 0: 1 and 2 → raw weights 1, 0.5 → standardised 2/3, 1/3
    // city 1: 1, 1 → 1/2, 1/2;  city 2: 0.5, 1 → 1/3, 2/3
    const D = Float64Array.from([0, 1, 2, 1, 0, 1, 2, 1, 0]);
    expect(Array.from(inverseDistanceWeights(D, 3, false))).toEqual([0, 1, 0.5, 1, 0, 1, 0.5, 1, 0]);
    const W = inverseDistanceWeights(D, 3);
    const expected = [0, 2 / 3, 1 / 3, 0.5, 0, 0.5, 1 / 3, 2 / 3, 0];
    for (let k = 0; k < 9; k++) expect(W[k]).toBeCloseTo(expected[k], 15);
  });
  it('gives weight 0 to a pair at distance 0 and fills `out`', () => {
    // cities 0 and 1 at the same place: w_01 = w_10 = 0; city 0's only neighbour is city 2 (d = 4)
    const D = Float64Array.from([0, 0, 4, 0, 0, 2, 4, 2, 0]);
    const out = new Float64Array(9);
    const W = inverseDistanceWeights(D, 3, false, out);
    expect(W).toBe(out);
    expect(Array.from(W)).toEqual([0, 0, 0.25, 0, 0, 0.5, 0.25, 0.5, 0]);
    expect(Array.from(inverseDistanceWeights(D, 3))).toEqual([0, 0, 1, 0, 0, 1, 1 / 3, 2 / 3, 0]);
  });
});

describe('inverseEconomicDistanceWeights', () => {
  it('w_ij = 1/|y_i - y_j|, 0 where equal', () => {
    // y = (1, 3, 3): |1-3| = 2 → 0.5; cities 1 and 2 equal → 0
    expect(Array.from(inverseEconomicDistanceWeights([1, 3, 3], false))).toEqual([0, 0.5, 0.5, 0.5, 0, 0, 0.5, 0, 0]);
    // row-standardised: city 0 → (0, .5, .5); cities 1 and 2 have one neighbour each → 1
    expect(Array.from(inverseEconomicDistanceWeights([1, 3, 3]))).toEqual([0, 0.5, 0.5, 1, 0, 0, 1, 0, 0]);
  });
  it('matches the oracle on random values (weights and Moran I)', () => {
    const rand = mulberry32(32);
    const y = Array.from({ length: 8 }, () => 1 + 9 * rand());
    const W = inverseEconomicDistanceWeights(y, false);
    const R = ref.inverseEconDistanceW(y);
    for (let k = 0; k < 64; k++) expect(W[k]).toBeCloseTo(R[Math.floor(k / 8)][k % 8], 12);
    expectMoranMatchesOracle(y, nested(inverseEconomicDistanceWeights(y), 8));
  });
});
