import { describe, it, expect } from 'vitest';
import { SlowView, LANES } from '../../src/ui/slow-view';
import type { RunStore } from '../../src/ui/run-store';

/** Just what SlowView reads of a store: two cities, rows appended by `grow`. */
function fakeStore() {
  const population = Float64Array.from({ length: 20 }, (_, k) => k);
  const s = {
    N: 2, length: 0, version: 0, population, gdpPerCapita: population, dominantGroup: new Uint8Array(2), flows: new Float64Array(4),
    cityRow: (a: Float64Array, t: number) => a.subarray(t * 2, t * 2 + 2),
    grow(rows: number) { s.length += rows; s.version++; },
  };
  return s;
}

describe('SlowView', () => {
  it('refreshes the secondary views in turn, one per frame, then waits for the interval while running', () => {
    const store = fakeStore();
    const view = new SlowView(400);
    const asStore = store as unknown as RunStore;
    store.grow(3);
    const changed: string[] = [];
    for (let frame = 0; frame < 6; frame++) {
      const before = JSON.stringify(view.lanes);
      view.refresh(asStore, true, 16 * frame);
      changed.push(LANES.filter((l) => JSON.stringify(view.lanes[l]) !== JSON.stringify(JSON.parse(before)[l])).join('+'));
    }
    expect(changed).toEqual(['map', 'lq', 'cities', 'core', '', '']);
    expect(view.lanes.lq).toEqual({ length: 3, version: 1 });
    expect(Array.from(view.map!.population)).toEqual([4, 5]);
    expect(view.pending).toBe(false);

    store.grow(2);
    expect(view.refresh(asStore, true, 300)).toBe(false);
    expect(view.refresh(asStore, true, 420)).toBe(true);
    expect(view.pending).toBe(true);
    expect(view.lanes.map).toEqual({ length: 5, version: 2 });
    expect(view.lanes.core).toEqual({ length: 3, version: 1 });
  });

  it('finishes a round once the run stops, without waiting for the interval', () => {
    const store = fakeStore();
    const view = new SlowView(400);
    const asStore = store as unknown as RunStore;
    store.grow(1);
    for (let f = 0; f < 4; f++) view.refresh(asStore, true, 16 * f);
    store.grow(1);
    expect(view.refresh(asStore, false, 100)).toBe(true);
    expect(view.refresh(asStore, false, 116)).toBe(true);
    expect(view.refresh(asStore, false, 132)).toBe(true);
    expect(view.refresh(asStore, false, 148)).toBe(true);
    expect(view.refresh(asStore, false, 164)).toBe(false);
    for (const l of LANES) expect(view.lanes[l]).toEqual({ length: 2, version: 2 });
  });

  it('refreshes no two lanes in the same frame (renders less than 10 ms apart)', () => {
    const store = fakeStore();
    const view = new SlowView(400);
    store.grow(1);
    expect(view.refresh(store as unknown as RunStore, true, 100)).toBe(true);
    expect(view.refresh(store as unknown as RunStore, true, 104)).toBe(false);
    expect(view.refresh(store as unknown as RunStore, true, 116)).toBe(true);
    expect(view.lanes.lq).toEqual({ length: 1, version: 1 });
  });

  it('starts over for a new run, and draws its first rows as soon as they come', () => {
    const a = fakeStore(), b = fakeStore();
    const view = new SlowView(400);
    a.grow(4);
    view.refresh(a as unknown as RunStore, false, 0);
    expect(view.refresh(b as unknown as RunStore, true, 20)).toBe(false);
    expect(view.map).toBeNull();
    for (const l of LANES) expect(view.lanes[l]).toEqual({ length: 0, version: -1 });
    b.grow(1);
    expect(view.refresh(b as unknown as RunStore, true, 40)).toBe(true);
    expect(view.lanes.map).toEqual({ length: 1, version: 1 });
  });
});
