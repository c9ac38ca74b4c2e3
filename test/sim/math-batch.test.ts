import { describe, it, expect } from 'vitest';
import { MathBatch, mathBatch } from '../../src/sim/math-batch';
import { exp, log } from '../../src/sim/math';

/** A small seeded generator for test inputs (no Math.random in tests either). */
function lcg(seed: number): () => number {
  return () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
}

// Arguments where a function changes path or its table index wraps, and ones it hands to fdlibm.
const EXP_EDGES = [0, -0, 1e-300, -1e-300, Math.LN2 / 128, -Math.LN2 / 128, Math.LN2 / 64, -707.9999999, -708, -708.0000001,
  708.9999999, 709, 709.5, -745.2, -746, 1e-17, NaN, Infinity, -Infinity];
const LOG_EDGES = [1, 0.9375, 0.93749999, 1.0625, 1.06250001, 1 - 2 ** -53, 2, 0.5, 1 + 127 / 128, 1.9999999999, 2.2250738585072014e-308,
  2.225073858507201e-308, 5e-324, 8.98846567431158e+307, 8.988465674311579e+307, Number.MAX_VALUE, 0, -0, -1, NaN, Infinity, -Infinity, 1e300, 1e-300];

type Fn = 'exp' | 'log';
const plain = { exp, log };

/** Fills n arguments of the batch from `draw`, runs `fn` on them, and counts results that differ from its bits one by one. */
function mismatches(b: MathBatch, fn: Fn, n: number, draw: (k: number) => number): number {
  b.reserve(n);
  for (let k = 0; k < n; k++) b.args[k] = draw(k);
  b[fn](n);
  let bad = 0;
  for (let k = 0; k < n; k++) if (!Object.is(b.out[k], plain[fn](b.args[k]))) bad++;
  return bad;
}

describe('MathBatch: exp and log over arrays', () => {
  it('runs in WebAssembly SIMD in Node, and without it on request', () => {
    expect(mathBatch.simd).toBe(true);
    expect(new MathBatch(8, false).simd).toBe(false);
  });

  for (const useWasm of [true, false]) {
    const path = useWasm ? 'wasm' : 'JavaScript';
    it(`exp: the bits of exp for every argument, over scales from 1e-8 to ±800 (${path})`, () => {
      const b = new MathBatch(4, useWasm); // grows as it goes
      const r = lcg(7);
      let bad = 0, checked = 0;
      for (const scale of [1600, 40, 1, 1e-3, 1e-8]) {
        for (const n of [1, 2, 3, 17, 1000, 4097]) { bad += mismatches(b, 'exp', n, () => (r() - 0.5) * scale); checked += n; }
      }
      expect(checked).toBe(5 * 5120);
      expect(bad).toBe(0);
    });

    it(`log: the bits of log for every argument, from 1e-300 to 1e300 and around 1 (${path})`, () => {
      const b = new MathBatch(4, useWasm);
      const r = lcg(9);
      let bad = 0, checked = 0;
      for (const draw of [() => Math.pow(10, (r() - 0.5) * 600), () => 0.5 + r(), () => 1 + (r() - 0.5) * 0.2, () => r() * 1e-3]) {
        for (const n of [1, 2, 3, 17, 1000, 4097]) { bad += mismatches(b, 'log', n, draw); checked += n; }
      }
      expect(checked).toBe(4 * 5120);
      expect(bad).toBe(0);
    });

    it(`both: the bits at their edges, NaN and infinities, in every lane position (${path})`, () => {
      const b = new MathBatch(4, useWasm);
      for (let shift = 0; shift < 3; shift++) {
        expect(mismatches(b, 'exp', EXP_EDGES.length + shift, (k) => (k < shift ? 0.5 : EXP_EDGES[k - shift]))).toBe(0);
        expect(mismatches(b, 'log', LOG_EDGES.length + shift, (k) => (k < shift ? 3 : LOG_EDGES[k - shift]))).toBe(0);
      }
      b.reserve(2);
      b.args[0] = 1; b.args[1] = -Infinity;
      b.exp(2);
      expect([b.out[0], b.out[1]]).toEqual([Math.E, 0]);
      b.args[0] = Math.E; b.args[1] = 0;
      b.log(2);
      expect([b.out[0], b.out[1]]).toEqual([1, -Infinity]);
    });
  }

  // The kernels report whether every argument took the fast path; a batch that holds one that
  // did not is redone in part by exp and log. Each edge goes next to a fast-path partner only,
  // so that the kernel's own range test decides (a too-wide one would go unnoticed otherwise).
  it('the kernels tell an argument off the fast path by themselves, at each bound', () => {
    const b = new MathBatch(4);
    const near = (x: number) => [x, x * (1 - 2 ** -52), x * (1 + 2 ** -52), x - 1e-9, x + 1e-9];
    // (the table method and fdlibm differ in the last bit for ~1 argument in 10 there: hence bands of 200)
    const band = (lo: number, hi: number) => Array.from({ length: 200 }, (_, k) => lo + (hi - lo) * (k + 0.5) / 200);
    const expArgs = [...near(-708), ...near(709), ...band(709, 709.78), ...band(-745, -708), 710, -800, NaN, Infinity, -Infinity];
    const logArgs = [...near(2.2250738585072014e-308), ...near(8.98846567431158e+307), ...near(0.9375), ...near(1.0625),
      ...band(0.9, 0.9375), ...band(0.9375, 0.97), ...band(1.03, 1.0625), ...band(1.0625, 1.1), ...band(1e-312, 2.2e-308),
      1e-310, 5e-324, 1 + 2 ** -40, 0, -0, -1, NaN, Infinity, Number.MAX_VALUE];
    let bad = 0;
    for (const x of expArgs) for (const pair of [[x, 0.5], [0.5, x]]) bad += mismatches(b, 'exp', 2, (k) => pair[k]);
    for (const x of logArgs) for (const pair of [[x, 3], [3, x]]) bad += mismatches(b, 'log', 2, (k) => pair[k]);
    expect(bad).toBe(0);
  });

  it('a batch of fast-path arguments next to one that is not: that one is redone', () => {
    const b = new MathBatch(64);
    const r = lcg(11);
    expect(mismatches(b, 'exp', 64, (k) => (k === 37 ? -900 : -r() * 30))).toBe(0);
    expect(b.out[37]).toBe(0);
    expect(mismatches(b, 'log', 64, (k) => (k === 21 ? 1.01 : 2 + r() * 30))).toBe(0);
    expect(b.out[21]).toBe(log(1.01));
  });
});
