import { describe, it, expect } from 'vitest';
import seedrandom from 'seedrandom';
import { Rng } from '../../src/sim/rng';

// The engine steps alea itself (inlined) from seedrandom's seeding: it must be seedrandom's
// alea number for number, or runs would silently change.
describe('Rng', () => {
  it('draws exactly seedrandom.alea\'s stream', () => {
    for (const seed of ['spillover:1', 'spillover:42', 'x', '']) {
      const ours = new Rng(seed), theirs = seedrandom.alea(seed);
      for (let k = 0; k < 20_000; k++) expect(ours.uniform()).toBe(theirs());
    }
  });
});

// The ziggurat normal (rng.ts) is exact in law: moments, the tail beyond the base layer's edge R
// and the whole distribution function (Kolmogorov–Smirnov) match N(0, 1) on a million draws.
describe('Rng.normal', () => {
  const n = 1_000_000;
  const xs = new Float64Array(n);
  const rng = new Rng('normal-test');
  for (let i = 0; i < n; i++) xs[i] = rng.normal();
  // Φ by Abramowitz & Stegun 7.1.26 (error < 1.5e-7, far below the KS bound's 2e-3).
  const erf = (x: number): number => {
    const t = 1 / (1 + 0.3275911 * Math.abs(x));
    const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return x >= 0 ? y : -y;
  };
  const phi = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

  it('has mean 0, variance 1 and no skew (within 5 standard errors)', () => {
    let m = 0, m2 = 0, m3 = 0;
    for (const x of xs) { m += x; m2 += x * x; m3 += x * x * x; }
    expect(Math.abs(m / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m3 / n)).toBeLessThan(5 * Math.sqrt(15 / n));
  });

  it('puts the right mass in the tail beyond R = 3.4426 (drawn by its own method)', () => {
    const p = 2 * (1 - phi(3.442619855899));
    let tail = 0;
    for (const x of xs) if (Math.abs(x) > 3.442619855899) tail++;
    expect(Math.abs(tail - n * p)).toBeLessThan(5 * Math.sqrt(n * p));
  });

  it('passes Kolmogorov–Smirnov against Φ at the 0.1% level', () => {
    const sorted = Float64Array.from(xs).sort();
    let d = 0;
    for (let i = 0; i < n; i++) d = Math.max(d, Math.abs(phi(sorted[i]) - (i + 0.5) / n));
    expect(d * Math.sqrt(n)).toBeLessThan(1.95);
  });
});
