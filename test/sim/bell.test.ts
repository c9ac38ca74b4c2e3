import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, summarize } from '../../src/sim';

describe('the bell-shaped curve emerges in the teaching cluster', () => {
  const sc = shippedScenario('teaching');
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('seed %d: CV of per-capita GDP rises, peaks strictly inside the horizon, then falls', (seed) => {
    const s = summarize(simulate(sc, { seed }), seed);
    const { cv } = s.metrics;
    const T = cv.length;
    expect(s.peak).not.toBeNull();
    const at = s.years.indexOf(s.peak!.year);
    // Not in the first or last 15% of the years.
    expect(at).toBeGreaterThan(0.15 * T);
    expect(at).toBeLessThan(0.85 * T);
    // It rises into the peak and falls after it, by a visible margin.
    expect(s.peak!.cv).toBeGreaterThan(cv[0] * 1.2);
    expect(s.peak!.cv).toBeGreaterThan(cv[T - 1] * 1.2);
  });
});
