import { describe, expect, it } from 'vitest';
import { createReferenceModel } from '../../bench/reference/model';
import { cityLayout } from '../../bench/reference/cities';
import { compareTrajectories } from '../../bench/reference/equivalence';
import type { ReferenceOptions } from '../../bench/reference/params';
import { loadLightPeers, type PeerCreate } from '../../bench/peers';

// The reference model against bench-peers' typed-array and plain versions
// (../shared/bench-peers/models), judged as bench-peers' equiv.mjs does: per seed the same
// cities, different random draws; t = mean paired difference of the trajectory-mean CV over
// its standard error. |t| ≥ 3 is a difference beyond simulation noise.
const peers = await loadLightPeers();
const T = 20;
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function run(create: PeerCreate, F: number, n: number, extra: Partial<ReferenceOptions> = {}): number[][] {
  return seeds(n).map((seed) => {
    const m = create({ F, seed, ...extra });
    for (let t = 0; t < T; t++) m.step();
    return m.cvs;
  });
}
const ours: PeerCreate = (o) => createReferenceModel(o as Partial<ReferenceOptions>);

describe('reference model ≡ bench-peers versions', () => {
  it('lays out the same cities as the peers for a seed', async () => {
    const { cityData } = (await import(/* @vite-ignore */ new URL('../../node_modules/.cache/bench-peers/models/common.mjs', import.meta.url).href)) as {
      cityData: (seed: number, N: number) => { x: number; y: number; area: number }[];
    };
    for (const seed of [1, 2, 7]) expect(cityLayout(seed, 50)).toEqual(cityData(seed, 50));
  });

  it('matches typed and plain at F = 10,000 (10 seeds, 20 ticks)', () => {
    const typed = run(peers.typed, 10_000, 10);
    for (const version of [run(ours, 10_000, 10), run(peers.plain, 10_000, 10)]) {
      const e = compareTrajectories(version, typed);
      expect(Math.abs(e.t)).toBeLessThan(3);
      for (const t of e.tMarks) expect(Math.abs(t)).toBeLessThan(3);
      for (let m = 0; m < e.marks.length; m++) expect(Math.abs(e.version[m].mean - e.reference[m].mean)).toBeLessThan(0.01);
    }
  });

  it('matches typed at F = 100,000 (6 seeds), and the same check catches κ = 0.03 for 0.02', () => {
    const typed = run(peers.typed, 100_000, 6);
    const same = compareTrajectories(run(ours, 100_000, 6), typed);
    expect(Math.abs(same.t)).toBeLessThan(3);
    const wrong = compareTrajectories(run(ours, 100_000, 6, { kappa: 0.03 }), typed);
    expect(Math.abs(wrong.t)).toBeGreaterThan(3);
  });
});

describe('reference model', () => {
  it('keeps its incremental counts equal to a recount, and F firms', () => {
    const m = createReferenceModel({ F: 20_000, seed: 3 });
    for (let t = 0; t < 15; t++) m.step();
    const recount = new Int32Array(m.counts.length);
    for (const c of m.cells) recount[c]++;
    expect(Array.from(m.counts)).toEqual(Array.from(recount));
    expect(m.cells.length).toBe(20_000);
  });

  it('is deterministic for a seed (pinned trajectory ends)', () => {
    const a = createReferenceModel({ F: 10_000, seed: 1 });
    const b = createReferenceModel({ F: 10_000, seed: 1 });
    for (let t = 0; t < T; t++) { a.step(); b.step(); }
    expect(a.cvs).toEqual(b.cvs);
    expect([a.cvs[0], a.cvs[T - 1]]).toEqual([0.27908262416551677, 0.1538628537944678]);
  });
});
