import { describe, it, expect } from 'vitest';
import {
  locationQuotients,
  diversityIndex,
  jacobsDiversity,
  krugmanSpecialization,
  coreShare,
  rankSizeSlope,
  JACOBS_DIVERSITY_CAP,
} from '../../src/sim/metrics/structure';
import * as ref from '../../../shared/design/metrics-reference.mjs';
import { mulberry32 } from './mulberry32';

// Fixture of the oracle: 3 cities × 3 sectors. Row totals 100, 100, 100; sector totals 100, 80, 120; E = 300.
const E3 = [
  [50, 30, 20],
  [10, 10, 80],
  [40, 40, 20],
];
const flat = (m: number[][]) => Float64Array.from(m.flat());
const colTotals = (m: number[][]) => m[0].map((_, k) => m.reduce((s, r) => s + r[k], 0));
const rest = (m: number[][], i: number) => colTotals(m).map((t, k) => t - m[i][k]);

function randomMatrix(rand: () => number, N: number, S: number): number[][] {
  // about a fifth of the cells empty, to exercise zero shares
  return Array.from({ length: N }, () => Array.from({ length: S }, () => (rand() < 0.2 ? 0 : Math.round(rand() * 1000))));
}

function expectCloseArray(actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 12) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i], digits);
}

describe('locationQuotients', () => {
  it('pins the 3×3 fixture', () => {
    // LQ_ik = (e_ik/e_i)/(E_k/E); cluster shares E_k/E = 100/300, 80/300, 120/300 = 1/3, 4/15, 2/5
    // city 0: 0.5/(1/3) = 1.5,  0.3/(4/15) = 1.125, 0.2/0.4 = 0.5
    // city 1: 0.1/(1/3) = 0.3,  0.1/(4/15) = 0.375, 0.8/0.4 = 2
    // city 2: 0.4/(1/3) = 1.2,  0.4/(4/15) = 1.5,   0.2/0.4 = 0.5
    expectCloseArray(locationQuotients(flat(E3), 3, 3), [1.5, 1.125, 0.5, 0.3, 0.375, 2, 1.2, 1.5, 0.5], 14);
  });
  it('gives 0 to an empty city and to an empty sector, and fills `out`', () => {
    // city 1 empty, sector 2 empty: remaining cluster 2 cities × 2 sectors
    // city 0 = [30, 10, 0] (e=40), city 2 = [10, 20, 0] (e=30); E_k = 40, 30; E = 70
    // LQ_00 = (30/40)/(40/70) = 0.75·1.75 = 1.3125; LQ_01 = (10/40)/(30/70) = 0.25·7/3 = 0.5833333333
    // LQ_20 = (10/30)/(40/70) = 0.5833333333;       LQ_21 = (20/30)/(30/70) = 14/9 = 1.5555555556
    const out = new Float64Array(9).fill(-1);
    const r = locationQuotients(Float64Array.from([30, 10, 0, 0, 0, 0, 10, 20, 0]), 3, 3, out);
    expect(r).toBe(out);
    expectCloseArray(r, [1.3125, 0.5833333333, 0, 0, 0, 0, 0.5833333333, 1.5555555556, 0], 10);
  });
  it('matches the oracle on random matrices', () => {
    const rand = mulberry32(21);
    for (const [N, S] of [[2, 1], [5, 3], [40, 9], [200, 20]]) {
      const m = randomMatrix(rand, N, S);
      for (const r of m) r[0] += 1; // the oracle divides by zero for empty cities
      m[0].fill(1); // and for empty sectors
      expectCloseArray(locationQuotients(flat(m), N, S), ref.lq(m).flat(), 12);
    }
  });
});

describe('diversityIndex (sum of LQs)', () => {
  it('pins the 3×3 fixture', () => {
    // 1.5+1.125+0.5 = 3.125; 0.3+0.375+2 = 2.675; 1.2+1.5+0.5 = 3.2
    const lq = locationQuotients(flat(E3), 3, 3);
    expectCloseArray(diversityIndex(lq, 3, 3), [3.125, 2.675, 3.2], 14);
    expectCloseArray(diversityIndex(lq, 3, 3), ref.lqSumDiversity(E3), 14);
  });
  it('is not monotone in diversity: full specialisation in a small sector scores above S', () => {
    // A = [0,0,10] (all in the small sector), B = [45,45,0]; sector shares 0.45, 0.45, 0.10
    // sumLQ(A) = 1/0.10 = 10 > S = 3;  sumLQ(B) = 0.5/0.45 + 0.5/0.45 = 20/9 = 2.2222222222
    // Jacobs: A: (0-.45)²+(0-.45)²+(1-.1)² = .2025+.2025+.81 = 1.215 → 1/1.215 = 0.8230452675
    //         B: (.05)²+(.05)²+(-.1)² = .0025+.0025+.01 = .015     → 1/.015  = 66.6666666667
    const emp = Float64Array.from([0, 0, 10, 45, 45, 0]);
    const d = diversityIndex(locationQuotients(emp, 2, 3), 2, 3);
    const j = jacobsDiversity(emp, 2, 3);
    expectCloseArray(d, [10, 2.2222222222], 10);
    expectCloseArray(j, [0.8230452675, 66.6666666667], 9);
    expect(d[0] > d[1] && j[0] < j[1]).toBe(true);
  });
});

describe('jacobsDiversity (inverse relative HHI)', () => {
  it('pins the 3×3 fixture', () => {
    // cluster shares 1/3, 4/15, 2/5
    // city 0: diffs 1/6, 1/30, -1/5 → (25+1+36)/900 = 62/900 → 900/62 = 14.5161290323
    // city 1: diffs -7/30, -5/30, 12/30 → (49+25+144)/900 = 218/900 → 900/218 = 4.1284403670
    // city 2: diffs 2/30, 4/30, -6/30 → (4+16+36)/900 = 56/900 → 900/56 = 16.0714285714
    expectCloseArray(jacobsDiversity(flat(E3), 3, 3), [14.5161290323, 4.128440367, 16.0714285714], 9);
  });
  it('caps a city identical to the cluster at 1e6 and gives an empty city 0', () => {
    // city 0 = [1,2], city 1 = [2,4]: both have the cluster's shares 1/3, 2/3 → sum 0 → cap
    const r = jacobsDiversity(Float64Array.from([1, 2, 2, 4, 0, 0]), 3, 2);
    expect(Array.from(r)).toEqual([1e6, 1e6, 0]);
    expect(JACOBS_DIVERSITY_CAP).toBe(1e6);
  });
  it('matches the oracle (reference = cluster total) on random matrices', () => {
    const rand = mulberry32(22);
    for (const [N, S] of [[3, 2], [10, 5], [100, 9], [500, 20]]) {
      const m = randomMatrix(rand, N, S);
      for (const r of m) r[0] += 1;
      const tot = colTotals(m);
      const expected = m.map((r) => Math.min(ref.invRelHHI(r, tot), 1e6));
      const got = jacobsDiversity(flat(m), N, S);
      for (let i = 0; i < N; i++) expect(got[i] / expected[i]).toBeCloseTo(1, 12);
    }
  });
});

describe('krugmanSpecialization (vs the rest of the cluster)', () => {
  it('pins the 3×3 fixture', () => {
    // city 0 = (.5,.3,.2); rest = [50,50,100]/200 = (.25,.25,.5) → .25+.05+.3 = 0.6
    // city 1 = (.1,.1,.8); rest = [90,70,40]/200 = (.45,.35,.2) → .35+.25+.6 = 1.2
    // city 2 = (.4,.4,.2); rest = [60,40,100]/200 = (.3,.2,.5) → .1+.2+.3 = 0.6
    expectCloseArray(krugmanSpecialization(flat(E3), 3, 3), [0.6, 1.2, 0.6], 14);
  });
  it('uses the rest of the cluster, not the whole cluster (oracle prints 0.8 vs the total)', () => {
    expect(ref.krugmanSI(E3[1], colTotals(E3))).toBeCloseTo(0.8, 14);
    expect(krugmanSpecialization(flat(E3), 3, 3)[1]).not.toBeCloseTo(0.8, 3);
  });
  it('is 2 for cities with no sector in common, 0 for an empty city or a lone city', () => {
    // [5,0] vs rest [0,7]: |1-0| + |0-1| = 2
    expectCloseArray(krugmanSpecialization(Float64Array.from([5, 0, 0, 7, 0, 0]), 3, 2), [2, 2, 0], 15);
    expectCloseArray(krugmanSpecialization(Float64Array.from([3, 4]), 1, 2), [0], 15);
  });
  it('matches the oracle on random matrices', () => {
    const rand = mulberry32(23);
    for (const [N, S] of [[2, 3], [8, 4], [60, 9], [500, 20]]) {
      const m = randomMatrix(rand, N, S);
      for (const r of m) r[0] += 1;
      const got = krugmanSpecialization(flat(m), N, S);
      for (let i = 0; i < N; i++) expect(got[i]).toBeCloseTo(ref.krugmanSI(m[i], rest(m, i)), 12);
    }
  });
});

describe('coreShare', () => {
  it('pins the 3×3 fixture with core = city 0', () => {
    // 50/100 = 0.5, 30/80 = 0.375, 20/120 = 0.1666666667
    expectCloseArray(coreShare(flat(E3), 3, 3, 0), [0.5, 0.375, 0.1666666667], 10);
  });
  it('gives 0 for an empty sector and rejects a bad core index', () => {
    // sector 1 empty; sector 0: 2/(2+6) = 0.25
    expectCloseArray(coreShare(Float64Array.from([2, 0, 6, 0]), 2, 2, 0), [0.25, 0], 15);
    expect(() => coreShare(flat(E3), 3, 3, 3)).toThrow(RangeError);
  });
});

describe('rankSizeSlope (Gabaix–Ibragimov rank − 1/2)', () => {
  it('sizes [4,2,1] give ζ = ln5 / (2 ln2) = 1.1609640474', () => {
    // x = ln size = 2a, a, 0 (a = ln2), mean a, dx = a, 0, -a → Sxx = 2a²
    // y = ln(r - 1/2) = ln0.5, ln1.5, ln2.5 → Sxy = a(ln0.5 - ln2.5) = -a ln5
    // ζ = -Sxy/Sxx = ln5/(2 ln2) = 1.6094379124/1.3862943611 = 1.1609640474
    expect(rankSizeSlope([1, 4, 2])).toBeCloseTo(1.1609640474, 10);
  });
  it('ignores sizes ≤ 0 and returns 0 (not NaN) for fewer than 2 cities or equal sizes', () => {
    expect(rankSizeSlope([0, 4, -3, 2, 1])).toBeCloseTo(1.1609640474, 10);
    expect(rankSizeSlope([5])).toBe(0);
    expect(rankSizeSlope([5, 0])).toBe(0);
    expect(rankSizeSlope([])).toBe(0);
    expect(rankSizeSlope([3, 3, 3])).toBe(0);
  });
  it('matches the oracle on random sizes', () => {
    const rand = mulberry32(24);
    for (const n of [2, 5, 30, 500]) {
      const sizes = Array.from({ length: n }, () => Math.exp(10 * rand()));
      expect(rankSizeSlope(sizes)).toBeCloseTo(ref.zipf(sizes, 0.5).zeta, 11);
    }
    // the oracle's Zipf fixture (sizes 1/r) with the rank − 1/2 shift
    const zipf20 = Array.from({ length: 20 }, (_, i) => 1 / (i + 1));
    expect(rankSizeSlope(zipf20)).toBeCloseTo(ref.zipf(zipf20, 0.5).zeta, 12);
  });
});
