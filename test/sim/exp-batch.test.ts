import { describe, it, expect } from 'vitest';
import { ExpBatch, expBatch } from '../../src/sim/exp-batch';
import { exp } from '../../src/sim/math';

/** A small seeded generator for test inputs (no Math.random in tests either). */
function lcg(seed: number): () => number {
  return () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
}

// Arguments where exp changes path or the table index wraps, and ones it hands to fdlibm.
const EDGES = [0, -0, 1e-300, -1e-300, Math.LN2 / 128, -Math.LN2 / 128, Math.LN2 / 64, -707.9999999, -708, -708.0000001,
  708.9999999, 709, 709.5, -745.2, -746, 1e-17, NaN, Infinity, -Infinity];

/** Fills n arguments of the batch from `draw`, runs it, and counts results that differ from exp's bits. */
function mismatches(b: ExpBatch, n: number, draw: (k: number) => number): number {
  b.reserve(n);
  for (let k = 0; k < n; k++) b.args[k] = draw(k);
  b.run(n);
  let bad = 0;
  for (let k = 0; k < n; k++) if (!Object.is(b.out[k], exp(b.args[k]))) bad++;
  return bad;
}

describe('ExpBatch: exp over arrays', () => {
  it('runs in WebAssembly SIMD in Node, and without it on request', () => {
    expect(expBatch.simd).toBe(true);
    expect(new ExpBatch(8, false).simd).toBe(false);
  });

  for (const useWasm of [true, false]) {
    it(`gives exp's bits for every argument, over scales from 1e-8 to ±800 (${useWasm ? 'wasm' : 'JavaScript'})`, () => {
      const b = new ExpBatch(4, useWasm); // grows as it goes
      const r = lcg(7);
      let bad = 0, checked = 0;
      for (const scale of [1600, 40, 1, 1e-3, 1e-8]) {
        for (const n of [1, 2, 3, 17, 1000, 4097]) { bad += mismatches(b, n, () => (r() - 0.5) * scale); checked += n; }
      }
      expect(checked).toBe(5 * 5120);
      expect(bad).toBe(0);
    });

    it(`gives exp's bits at its edges, NaN and infinities, in every lane position (${useWasm ? 'wasm' : 'JavaScript'})`, () => {
      const b = new ExpBatch(4, useWasm);
      for (let shift = 0; shift < 3; shift++) {
        expect(mismatches(b, EDGES.length + shift, (k) => (k < shift ? 0.5 : EDGES[k - shift]))).toBe(0);
      }
      b.reserve(2);
      b.args[0] = 1; b.args[1] = -Infinity;
      b.run(2);
      expect([b.out[0], b.out[1]]).toEqual([Math.E, 0]);
    });
  }

  it('a full batch of in-range arguments next to one out of range: only that one is redone', () => {
    const b = new ExpBatch(64);
    const r = lcg(11);
    expect(mismatches(b, 64, (k) => (k === 37 ? -900 : -r() * 30))).toBe(0);
    expect(b.out[37]).toBe(0);
  });
});
