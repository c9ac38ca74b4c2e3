import { describe, expect, it } from 'vitest';
import { buildAlias, drawAlias } from '../../bench/reference/alias';
import { buildGuide, drawGuide } from '../../bench/reference/guide';
import { GeometricTable } from '../../bench/reference/geometric';
import { sfc32Next, sfc32Seed } from '../../bench/reference/sfc32';

// Share of a fine, evenly spaced grid of u in [0, 1) that each sampler maps to each outcome:
// for an exact sampler it equals weight / total up to the grid step.
const GRID = 1 << 16;
function frequencies(n: number, draw: (u: number) => number): number[] {
  const f = new Array(n).fill(0);
  for (let k = 0; k < GRID; k++) f[draw((k + 0.5) / GRID)]++;
  return f.map((x) => x / GRID);
}
const weights = Float64Array.from([1, 0.5, 3, 0.25, 2, 1.25]);
const target = Array.from(weights, (w) => w / 8);

describe('alias table (Walker/Vose)', () => {
  it('draws each outcome with probability weight / total', () => {
    const prob = new Float64Array(6), alias = new Uint8Array(6);
    expect(buildAlias(weights, 0, 6, prob, alias, 0, new Int32Array(6), new Int32Array(6))).toBe(8);
    const f = frequencies(6, (u) => drawAlias(prob, alias, 0, 6, u));
    f.forEach((x, j) => expect(x).toBeCloseTo(target[j], 4));
  });
});

describe('guide table (Chen & Asau)', () => {
  it('draws each outcome with probability a_j·b_j / total and never runs past the end', () => {
    const ones = new Float64Array(6).fill(1);
    const cum = new Float64Array(6), guide = new Uint8Array(6);
    const total = buildGuide(weights, 0, ones, 0, 6, cum, guide, 0);
    expect(total).toBe(8);
    expect(cum[5]).toBe(Infinity);
    expect(Array.from(guide)).toEqual([0, 1, 2, 2, 4, 4]);
    const f = frequencies(6, (u) => drawGuide(cum, guide, 0, 6, total / 6, u));
    f.forEach((x, j) => expect(x).toBeCloseTo(target[j], 4));
    expect(drawGuide(cum, guide, 0, 6, total / 6, 1 - 2 ** -32)).toBe(5);
  });
});

describe('geometric skip table', () => {
  it('gives exactly ⌊ln(1 − u)/ln(1 − p)⌋ for every 32-bit uniform tried', () => {
    for (const p of [0.1, 0.02]) {
      const g = new GeometricTable(p);
      let cached = 0;
      for (let k = 0; k < 200_000; k++) {
        const r = (k * 2654435761) >>> 0; // spread over the whole 32-bit range
        const v = g.table[r >>> g.shift];
        if (v >= 0) { cached++; expect(v).toBe(Math.floor(Math.log(1 - r / 2 ** 32) / Math.log1p(-p)) | 0); }
      }
      expect(cached / 200_000).toBeGreaterThan(p === 0.1 ? 0.97 : 0.88);
    }
  });
});

describe('sfc32 stream', () => {
  it('is seeded from alea("dyn:1") and pinned', () => {
    const st = sfc32Seed('dyn:1');
    expect([sfc32Next(st), sfc32Next(st), sfc32Next(st)]).toEqual([1321749400, 2829535120, 2914910253]);
  });
});
