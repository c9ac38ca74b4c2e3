import { describe, it, expect } from 'vitest';
import { martinSensitivity, martinResistance } from '../../src/sim/metrics/resilience';
import * as ref from '../../../shared/design/metrics-reference.mjs';
import { mulberry32 } from './mulberry32';

describe('martinSensitivity', () => {
  it('city 100 → 90, cluster 1000 → 950 gives 2 (lost twice as much as the cluster)', () => {
    // city change -10/100 = -0.10; cluster change -50/1000 = -0.05; -0.10 / -0.05 = 2
    expect(martinSensitivity(100, 90, 1000, 950)).toBeCloseTo(2, 14);
  });
  it('is below 1 for a city that lost less, negative for one that grew, 1 for the cluster itself', () => {
    // -2/100 / -0.05 = 0.4;  +5/100 / -0.05 = -1
    expect(martinSensitivity(100, 98, 1000, 950)).toBeCloseTo(0.4, 14);
    expect(martinSensitivity(100, 105, 1000, 950)).toBeCloseTo(-1, 14);
    expect(martinSensitivity(1000, 950, 1000, 950)).toBe(1);
  });
  it('returns 0 on a zero denominator', () => {
    expect(martinSensitivity(0, 10, 1000, 950)).toBe(0);
    expect(martinSensitivity(100, 90, 0, 950)).toBe(0);
    expect(martinSensitivity(100, 90, 1000, 1000)).toBe(0);
  });
});

describe('martinResistance', () => {
  it('city 100 → 90, cluster 1000 → 950 gives -1 (did worse than expected)', () => {
    // expected change 100·(-50/1000) = -5; actual -10; (-10 - (-5)) / |-5| = -1
    expect(martinResistance(100, 90, 1000, 950)).toBeCloseTo(-1, 14);
  });
  it('is positive for a city that held up better, 0 at the cluster rate', () => {
    // expected -5, actual -2 → (-2 + 5)/5 = 0.6
    expect(martinResistance(100, 98, 1000, 950)).toBeCloseTo(0.6, 14);
    expect(martinResistance(100, 95, 1000, 950)).toBeCloseTo(0, 14);
  });
  it('returns 0 on a zero expected change', () => {
    expect(martinResistance(0, 10, 1000, 950)).toBe(0);
    expect(martinResistance(100, 90, 0, 950)).toBe(0);
    expect(martinResistance(100, 90, 1000, 1000)).toBe(0);
  });
});

describe('resilience indices vs the oracle', () => {
  it('match on the fixture and on random contractions and expansions', () => {
    expect(martinSensitivity(100, 90, 1000, 950)).toBe(ref.martinSensitivity(100, 90, 1000, 950));
    expect(martinResistance(100, 90, 1000, 950)).toBe(ref.martinResistance(100, 90, 1000, 950));
    const rand = mulberry32(41);
    for (let k = 0; k < 50; k++) {
      const e0 = 10 + 1000 * rand();
      const e1 = e0 * (0.7 + 0.6 * rand());
      const c0 = 1e4 + 1e5 * rand();
      const c1 = c0 * (0.8 + 0.4 * rand());
      expect(martinSensitivity(e0, e1, c0, c1)).toBeCloseTo(ref.martinSensitivity(e0, e1, c0, c1), 9);
      expect(martinResistance(e0, e1, c0, c1)).toBeCloseTo(ref.martinResistance(e0, e1, c0, c1), 9);
    }
  });
});
