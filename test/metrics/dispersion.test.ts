import { describe, it, expect } from 'vitest';
import { cv, williamson, theil, theilDecomposition, gini } from '../../src/sim/metrics/dispersion';
import * as ref from '../../../shared/design/metrics-reference.mjs';
import { mulberry32 } from './mulberry32';

const y = [1, 2, 3, 4];
const pop = [4, 3, 2, 1];

function randomVec(rand: () => number, n: number, lo = 0.5, hi = 10): number[] {
  return Array.from({ length: n }, () => lo + (hi - lo) * rand());
}

/** The O(n²) definition, to check the O(n log n) implementation against. */
function giniQuadratic(v: ArrayLike<number>): number {
  const n = v.length;
  let s = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    m += v[i];
    for (let j = 0; j < n; j++) s += Math.abs(v[i] - v[j]);
  }
  return s / (2 * n * n * (m / n));
}

describe('cv (population standard deviation)', () => {
  it('cv of [1,2,3,4] is 0.4472135955', () => {
    // mean 2.5; deviations ±1.5, ±0.5; variance (2.25+0.25+0.25+2.25)/4 = 1.25
    // cv = sqrt(1.25)/2.5 = 1.118033989/2.5 = 0.4472135955
    expect(cv(y)).toBeCloseTo(0.4472135955, 10);
  });
  it('cv of [1,2,3] is 0.4082482905', () => {
    // mean 2; variance (1+0+1)/3 = 2/3; cv = sqrt(2/3)/2 = 0.8164965809/2 = 0.4082482905
    expect(cv(new Float64Array([1, 2, 3]))).toBeCloseTo(0.4082482905, 10);
  });
  it('is 0 for equal values, an empty input and a zero mean', () => {
    expect(cv([3, 3, 3])).toBe(0);
    expect(cv([])).toBe(0);
    expect(cv([0, 0])).toBe(0);
  });
  it('matches the oracle (population SD) on the fixture and random inputs', () => {
    expect(cv(y)).toBeCloseTo(ref.cv(y), 14);
    const rand = mulberry32(11);
    for (const n of [2, 5, 17, 200]) {
      const v = randomVec(rand, n);
      expect(cv(v)).toBeCloseTo(ref.cv(v), 12);
    }
  });
});

describe('williamson (around the population-weighted mean)', () => {
  it('williamson of y=[1,2,3,4], p=[4,3,2,1] is 0.5', () => {
    // P = 10; weighted mean = (4·1+3·2+2·3+1·4)/10 = 20/10 = 2
    // weighted variance = (4·1² + 3·0² + 2·1² + 1·2²)/10 = 10/10 = 1; W = sqrt(1)/2 = 0.5
    expect(williamson(y, pop)).toBeCloseTo(0.5, 14);
  });
  it('differs from the unweighted-mean variant (REAT default)', () => {
    // around the unweighted mean 2.5: (4·2.25+3·0.25+2·0.25+1·2.25)/10 = 1.25 → sqrt(1.25)/2.5 = 0.447…
    expect(williamson(y, pop)).not.toBeCloseTo(0.4472135955, 3);
  });
  it('equals cv with equal populations', () => {
    expect(williamson(y, [7, 7, 7, 7])).toBeCloseTo(cv(y), 14);
  });
  it('is 0 with zero total population', () => {
    expect(williamson(y, [0, 0, 0, 0])).toBe(0);
  });
  it('matches the oracle on random inputs', () => {
    const rand = mulberry32(12);
    for (const n of [2, 6, 30, 500]) {
      const v = randomVec(rand, n);
      const p = randomVec(rand, n, 1, 1000);
      expect(williamson(v, p)).toBeCloseTo(ref.williamson(v, p), 12);
    }
  });
});

describe('theil (unweighted Theil T)', () => {
  it('theil of [1,2,3,4] is 0.1064401353', () => {
    // mean 2.5; y/ȳ = 0.4, 0.8, 1.2, 1.6
    // 0.4 ln0.4 = -0.3665162927, 0.8 ln0.8 = -0.1785148411, 1.2 ln1.2 = 0.2187858682, 1.6 ln1.6 = 0.7520058068
    // sum 0.4257605411 / 4 = 0.1064401353
    expect(theil(y)).toBeCloseTo(0.1064401353, 10);
  });
  it('a zero value contributes 0: theil of [0,2] is ln 2 = 0.6931471806', () => {
    // mean 1; terms 0 (by convention) and 2 ln 2; /2 → ln 2
    expect(theil([0, 2])).toBeCloseTo(0.6931471806, 10);
  });
  it('is 0 for equal values, an empty input and a zero mean', () => {
    expect(theil([5, 5, 5])).toBe(0);
    expect(theil([])).toBe(0);
    expect(theil([0, 0, 0])).toBe(0);
  });
  it('matches the oracle on random inputs', () => {
    const rand = mulberry32(13);
    for (const n of [2, 7, 50, 500]) {
      const v = randomVec(rand, n);
      expect(theil(v)).toBeCloseTo(ref.theilT(v), 12);
    }
  });
});

describe('theilDecomposition', () => {
  it('splits [1,2,3,4] in groups {1,2},{3,4} into 0.0822828785 + 0.0241572568', () => {
    // Y = 10; group shares s_a = 3/10, s_b = 7/10; unit shares n_g/n = 1/2
    // between = 0.3 ln(0.3/0.5) + 0.7 ln(0.7/0.5) = -0.1532476871 + 0.2355305656 = 0.0822828785
    // T_a = theil([1,2]) = (2/3 ln(2/3) + 4/3 ln(4/3))/2 = 0.0566330123
    // T_b = theil([3,4]) = (6/7 ln(6/7) + 8/7 ln(8/7))/2 = 0.0102390759
    // within = 0.3·0.0566330123 + 0.7·0.0102390759 = 0.0241572568
    const d = theilDecomposition(y, [0, 0, 1, 1]);
    expect(d.between).toBeCloseTo(0.0822828785, 10);
    expect(d.within).toBeCloseTo(0.0241572568, 10);
    expect(d.total).toBeCloseTo(0.1064401353, 10);
  });
  it('matches the oracle on the fixture', () => {
    const d = theilDecomposition(y, [0, 0, 1, 1]);
    const r = ref.theilDecomp(y, [0, 0, 1, 1]);
    expect(d.total).toBeCloseTo(r.T, 14);
    expect(d.between).toBeCloseTo(r.between, 14);
    expect(d.within).toBeCloseTo(r.within, 14);
  });
  it('adds up (total = between + within) and matches the oracle on random partitions', () => {
    const rand = mulberry32(14);
    for (const [n, G] of [[6, 2], [20, 3], [100, 7], [500, 12]] as const) {
      const v = randomVec(rand, n);
      const g = Array.from({ length: n }, () => Math.floor(rand() * G));
      const d = theilDecomposition(v, g);
      const r = ref.theilDecomp(v, g);
      expect(d.between + d.within).toBeCloseTo(d.total, 13);
      expect(d.total).toBeCloseTo(r.T, 12);
      expect(d.between).toBeCloseTo(r.between, 12);
      expect(d.within).toBeCloseTo(r.within, 12);
    }
  });
  it('one group: all within; singleton groups: all between', () => {
    const one = theilDecomposition(y, [3, 3, 3, 3]);
    expect(one.between).toBeCloseTo(0, 15);
    expect(one.within).toBeCloseTo(one.total, 14);
    const singles = theilDecomposition(y, [0, 1, 2, 3]);
    expect(singles.within).toBeCloseTo(0, 15);
    expect(singles.between).toBeCloseTo(singles.total, 14);
  });
  it('a group with zero total contributes nothing (no NaN)', () => {
    // y = [0,0,2,2], groups {0,0},{2,2}: total = (0 + 0 + 2 ln2 + 2 ln2)/4 = ln 2 = 0.6931471806
    // between = 1·ln(1/0.5) = ln 2; within = 1·theil([2,2]) = 0
    const d = theilDecomposition([0, 0, 2, 2], [0, 0, 1, 1]);
    expect(d.total).toBeCloseTo(0.6931471806, 10);
    expect(d.between).toBeCloseTo(0.6931471806, 10);
    expect(d.within).toBe(0);
  });
});

describe('gini', () => {
  it('gini of [1,2,3,4] is 0.25', () => {
    // Σ_i Σ_j |y_i - y_j| = 2·(1+2+3+1+2+1) = 20; 2 n² ȳ = 2·16·2.5 = 80; 20/80 = 0.25
    expect(gini(y)).toBeCloseTo(0.25, 15);
  });
  it('gini of [0,0,0,1] is 0.75 (one city holds everything)', () => {
    // Σ|diff| = 2·3·1 = 6; 2·16·0.25 = 8; 6/8 = 0.75 = 1 - 1/n
    expect(gini([0, 1, 0, 0])).toBeCloseTo(0.75, 15);
  });
  it('does not reorder its input', () => {
    const v = new Float64Array([4, 1, 3, 2]);
    gini(v);
    expect(Array.from(v)).toEqual([4, 1, 3, 2]);
  });
  it('is 0 for equal values, an empty input and a zero total', () => {
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });
  it('the O(n log n) version equals the O(n²) definition and the oracle on random data', () => {
    const rand = mulberry32(15);
    for (const n of [1, 2, 3, 10, 101, 500]) {
      const v = randomVec(rand, n, 0, 100);
      expect(gini(v)).toBeCloseTo(giniQuadratic(v), 12);
      expect(gini(v)).toBeCloseTo(ref.gini(v), 12);
    }
    // with ties
    const t = [5, 1, 5, 1, 3, 3, 3];
    expect(gini(t)).toBeCloseTo(giniQuadratic(t), 14);
  });
});
