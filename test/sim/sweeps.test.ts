import { describe, it, expect } from 'vitest';
import { KernelSweeps } from '../../src/sim/sweeps';
import { createWorld, step, runHash } from '../../src/sim';
import { shippedScenario } from '../../src/scenario/parse';

// The products with an N×N matrix (sweeps.ts: the market's φ, productivity's spillover kernel)
// run in a WebAssembly SIMD loop where one is available and in plain loops elsewhere. Runs must be
// the same bits either way (Node, browsers, engines without SIMD), so both paths are checked
// against the plain row-by-row sums.

/** The plain sums, term by term in index order: what every path must reproduce exactly. */
function naive(phi: Float64Array, N: number, s: number, q: Float64Array, v: Float64Array) {
  const g = new Float64Array(N), a = new Float64Array(N);
  for (let j = 0; j < N; j++) for (let i = 0; i < N; i++) if (q[i] !== 0) g[j] += phi[s * N * N + i * N + j] * q[i];
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) a[i] += phi[s * N * N + i * N + j] * v[j];
  return { g, a };
}

function fill(t: KernelSweeps, symmetric: boolean, seed: number): void {
  const { S, N, matrix: phi } = t;
  let x = seed;
  const rnd = () => (x = (x * 16807) % 2147483647) / 2147483647;
  for (let s = 0; s < S; s++) {
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        const k = s * N * N + i * N + j;
        phi[k] = i === j ? 1 : symmetric && j < i ? phi[s * N * N + j * N + i] : rnd() * Math.exp(-5 * rnd());
      }
    }
  }
  t.refresh();
}

describe('KernelSweeps', () => {
  it('runs in WebAssembly SIMD in Node', () => {
    expect(new KernelSweeps(2, 5).simd).toBe(true);
    expect(new KernelSweeps(2, 5, false).simd).toBe(false);
  });

  for (const N of [1, 2, 3, 7, 26, 41]) {
    for (const symmetric of [true, false]) {
      it(`gives the plain sums' bits, N = ${N}, ${symmetric ? 'symmetric' : 'asymmetric'} φ, both paths`, () => {
        const S = 3;
        for (const useWasm of [true, false]) {
          const t = new KernelSweeps(S, N, useWasm);
          fill(t, symmetric, 11 + N);
          let x = 5 + N;
          const rnd = () => (x = (x * 48271) % 2147483647) / 2147483647;
          for (let s = 0; s < S; s++) {
            // some sellers and some buyers missing: skipped rows must not change a bit
            const q = Float64Array.from({ length: N }, () => (rnd() < 0.3 ? 0 : rnd() * 1e3));
            const v = Float64Array.from({ length: N }, () => (rnd() < 0.2 ? 0 : rnd() * 50));
            const g = new Float64Array(N).fill(NaN), a = new Float64Array(N).fill(NaN);
            t.vecMat(s, q, g);
            t.matVec(s, v, a);
            const want = naive(t.matrix, N, s, q, v);
            expect(Array.from(g)).toEqual(Array.from(want.g));
            expect(Array.from(a)).toEqual(Array.from(want.a));
          }
        }
      });
    }
  }

  it('refresh(true) on a symmetric matrix with zeroed entries gives the sums of a loop that skips them', () => {
    // The spillover kernel's use: entries below the cutoff are 0, where productivity used to skip the pair.
    const N = 29, cutoff = 1e-9;
    for (const useWasm of [true, false]) {
      const told = new KernelSweeps(1, N, useWasm), checked = new KernelSweeps(1, N, useWasm);
      const k = new Float64Array(N * N);
      for (let i = 0; i < N; i++) for (let j = 0; j <= i; j++) k[i * N + j] = k[j * N + i] = Math.exp(-Math.abs(i - j) * 2.5);
      for (let c = 0; c < N * N; c++) told.matrix[c] = checked.matrix[c] = k[c] >= cutoff ? k[c] : 0;
      told.refresh(true);
      checked.refresh();
      const v = Float64Array.from({ length: N }, (_, j) => (j % 5 === 0 ? 0 : 0.01 * (j + 1)));
      const skip = new Float64Array(N);
      for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (k[i * N + j] >= cutoff) skip[i] += k[i * N + j] * v[j];
      const a = new Float64Array(N), b = new Float64Array(N);
      told.matVec(0, v, a);
      checked.matVec(0, v, b);
      expect(Array.from(a)).toEqual(Array.from(skip));
      expect(Array.from(b)).toEqual(Array.from(skip));
      expect(k.some((x) => x > 0 && x < cutoff)).toBe(true); // some pairs really are cut
    }
  });

  it('a whole run is the same bits with the sweeps in JavaScript', () => {
    const sc = { ...shippedScenario('teaching'), years: 15 };
    const run = (useWasm: boolean) => {
      const w = createWorld(sc, 3);
      w.trade = new KernelSweeps(w.S, w.N, useWasm);
      w.spill = new KernelSweeps(1, w.N, useWasm);
      w.costsDirty = true; // φ and the spillover kernel are computed into the new stores at the first step
      while (w.tick < sc.years) step(w);
      return runHash(w);
    };
    expect(run(false)).toBe(run(true));
  });
});
