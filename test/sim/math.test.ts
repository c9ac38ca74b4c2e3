import { describe, it, expect } from 'vitest';
import { exp, log, pow, cos } from '../../src/sim/math';

/** A small seeded generator for test inputs (no Math.random in tests either). */
function lcg(seed: number) { let s = seed; return () => (s = (s * 16807) % 2147483647) / 2147483647; }

describe('deterministic elementary functions (fdlibm ports; exp table-driven)', () => {
  it('pin exact values', () => {
    expect(exp(0)).toBe(1);
    expect(exp(1)).toBe(Math.E); // the table method rounds e correctly (fdlibm's was one ulp above)
    expect(exp(-1)).toBe(0.36787944117144233);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBe(1);
    expect(log(8) / log(2)).toBe(3);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(0, 2)).toBe(0);
    expect(pow(0, 0)).toBe(1);
    expect(cos(0)).toBe(1);
    expect(cos(Math.PI)).toBe(-1);
  });
  it('handle the edges like Math', () => {
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(Number.isNaN(exp(NaN))).toBe(true);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(log(1e-310)).toBeCloseTo(-713.8013788281542, 12);
  });
  it('agree with Math.exp and Math.log to within one ulp over 100,000 arguments', () => {
    const r = lcg(7);
    for (let i = 0; i < 100000; i++) {
      const x = (r() - 0.5) * 1400;
      const m = Math.exp(x);
      if (m > 0 && m < Infinity) expect(Math.abs(exp(x) - m) / m).toBeLessThanOrEqual(2 ** -52);
      const y = Math.exp((r() - 0.5) * 1400);
      const l = Math.log(y);
      if (l !== 0) expect(Math.abs(log(y) - l) / Math.abs(l)).toBeLessThanOrEqual(2 ** -52);
    }
  });
  it('exp is continuous across its table and range boundaries (fdlibm beyond ±708)', () => {
    // the fast path's edges: a step in the table index, in k, and the switch to fdlibm
    for (const x of [Math.LN2 / 128, -Math.LN2 / 128, Math.LN2, -Math.LN2, 707.999, 708.001, -707.999, -708.001, 708.999, 709.001, 1e-300, -1e-300]) {
      const m = Math.exp(x);
      expect(Math.abs(exp(x) - m) / m, String(x)).toBeLessThanOrEqual(2 ** -52);
    }
    expect(exp(-0)).toBe(1);
  });
  it('cos agrees with Math.cos to 2e-16 on [−10, 10]', () => {
    const r = lcg(3);
    for (let i = 0; i < 10000; i++) { const x = (r() - 0.5) * 20; expect(Math.abs(cos(x) - Math.cos(x))).toBeLessThan(2e-16 * 2); }
  });
});

describe('geometric skipping from a table', () => {
  it('gives exactly the formula ⌊ln(1 − u)/ln(1 − p)⌋ draw by draw', async () => {
    const { Rng } = await import('../../src/sim/rng');
    for (const p of [0.1, 0.02, 0.5]) {
      const a = new Rng('skip'), b = new Rng('skip');
      const logQ = log(1 - p);
      const sk = a.skipper(logQ);
      for (let i = 0; i < 200000; i++) expect(sk.skip()).toBe(b.skip(logQ));
    }
  });
});

describe('log\'s table method', () => {
  it('agrees with Math.log to within one ulp across its table, at the switch to fdlibm near 1, and at the range ends', () => {
    const r = lcg(13);
    const xs: number[] = [];
    for (let i = 0; i < 50000; i++) xs.push(0.5 + r() * 1.5, 1.0625 + r() * 1e-3, 0.9375 - r() * 1e-3);
    for (let j = 0; j <= 128; j++) xs.push(1 + j / 128, 2 * (1 + j / 128), (1 + j / 128) / 4, 1 + j / 128 - 2 ** -40);
    xs.push(2.2250738585072014e-308, 8.98846567431158e+307, 1.7976931348623157e308, 1.0625, 0.9375);
    for (const x of xs) {
      const m = Math.log(x);
      if (m !== 0) expect(Math.abs(log(x) - m) / Math.abs(m), String(x)).toBeLessThanOrEqual(2 ** -52);
    }
  });
});
