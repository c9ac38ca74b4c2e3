import { describe, it, expect } from 'vitest';
import { meanInterval, t975 } from '../../src/batch/interval';
import { ticks } from '../../src/batch/report-html';
import { summaryPath } from '../../src/batch/merge';

describe('95% interval of the mean across replications', () => {
  it('[1, 2, 3]: mean 2, sd 1, half-width t(0.975, 2)/√3 = 4.303/1.732… = 2.4843…', () => {
    const m = meanInterval([1, 2, 3]);
    expect(m.n).toBe(3);
    expect(m.mean).toBe(2);
    expect(m.lo).toBeCloseTo(2 - 4.303 / Math.sqrt(3), 12);
    expect(m.hi).toBeCloseTo(2 + 2.484338, 6);
  });

  it('fewer than two values: no interval; none: no mean', () => {
    expect(meanInterval([5])).toEqual({ n: 1, mean: 5, lo: NaN, hi: NaN });
    expect(meanInterval([])).toEqual({ n: 0, mean: NaN, lo: NaN, hi: NaN });
  });

  it('t quantiles: table values to 30 df, then towards 1.96 (60 df: 2.001 vs 2.000 exact)', () => {
    expect([t975(1), t975(9), t975(30)]).toEqual([12.706, 2.262, 2.042]);
    expect(t975(60)).toBeCloseTo(2.001, 3);
    expect(t975(1e9)).toBeCloseTo(1.96, 6);
  });
});

describe('small helpers', () => {
  it('chart ticks are round numbers', () => {
    expect(ticks(1990, 2049, 6)).toEqual([1990, 2000, 2010, 2020, 2030, 2040]);
    expect(ticks(0, 0.157, 5)).toEqual([0, 0.05, 0.1, 0.15]);
  });

  it('the CSV summary goes next to the table', () => {
    expect(summaryPath('out/results.csv')).toBe('out/results.summary.csv');
    expect(summaryPath('results')).toBe('results.summary.csv');
  });
});
