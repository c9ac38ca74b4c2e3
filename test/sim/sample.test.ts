import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sampleCumulative, buildGuide, sampleGuided } from '../../src/sim/sample';

// The guide table must give exactly the binary search's answer (results depend on it bit for bit).
describe('sampleGuided', () => {
  const cumulative = (w: number[]) => { let a = 0; return Float64Array.from(w, (x) => (a += x)); };

  it('returns the same index as sampleCumulative for any row and uniform, zero weights included', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 70 }),
      fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 20 }),
      (weights, G, us) => {
        const pad = 3; // rows live at an offset inside larger arrays
        const row = new Float64Array(pad + weights.length);
        row.set(cumulative(weights), pad);
        const total = row[pad + weights.length - 1];
        fc.pre(total > 0);
        const guide = new Int32Array(pad + G);
        buildGuide(row, pad, weights.length, guide, pad, G);
        // Uniforms landing at every cumulative edge (where off-by-one errors live), just below
        // and above, and random ones; the answer is the search's for the draw uniform · total.
        const edges = Array.from(row.subarray(pad)).flatMap((c) => [c / total, c / total - 2 ** -32, c / total + 2 ** -32]);
        const uniforms = [...us, ...edges].filter((x) => x >= 0 && x < 1);
        for (const x of uniforms) expect(sampleGuided(row, pad, weights.length, guide, pad, G, x)).toBe(sampleCumulative(row, pad, weights.length, x * total));
      },
    ), { numRuns: 500 });
  });

  it('answers like the binary search on a row whose total overflowed to ∞', () => {
    const row = Float64Array.from([1, 2, Infinity, Infinity]);
    const guide = new Int32Array(4);
    buildGuide(row, 0, 4, guide, 0, 4);
    for (const x of [0, 0.25, 0.5, 0.999]) expect(sampleGuided(row, 0, 4, guide, 0, 4, x)).toBe(sampleCumulative(row, 0, 4, x * Infinity));
  });
});
