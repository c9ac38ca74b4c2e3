import { describe, expect, it } from 'vitest';
import { FirmStore, INNOVATING, MATURE, NEVER } from '../../src/agents/firm-store';
import { createWorld } from '../../src/sim';
import { smallTeaching } from '../scenario/event-runs';

/** Adds three firms in cities 1, 2, 3 and removes the first: the last one moves into slot 0. */
function swapOnRemove(store: FirmStore): void {
  store.add(0, 1, INNOVATING, 5, 0.5);
  store.add(1, 2, MATURE, NEVER, 0.25);
  store.add(2, 3, INNOVATING, 7, 0.75);
  store.city[1] = 9; // firm 1 moved after its birth
  store.remove(0);
}

describe('FirmStore', () => {
  it('moves every field of the last firm into a removed slot', () => {
    const store = new FirmStore(16);
    swapOnRemove(store);
    expect(store.count).toBe(2);
    expect([store.sector[0], store.city[0], store.origin[0], store.stage[0], store.matureAt[0], store.zr[0]]).toEqual([2, 3, 3, INNOVATING, 7, 0.75]);
    expect([store.city[1], store.origin[1]]).toEqual([9, 2]); // the birth city stays when a firm moves
  });

  it('keeps no birth city when told not to, and the other fields just the same', () => {
    const store = new FirmStore(16, false);
    swapOnRemove(store);
    expect(store.origin.length).toBe(0);
    expect([store.sector[0], store.city[0], store.stage[0], store.matureAt[0], store.zr[0]]).toEqual([2, 3, INNOVATING, 7, 0.75]);
    for (let i = 0; i < 40; i++) store.add(1, 1, MATURE, NEVER, 1); // grows past its capacity
    expect(store.origin.length).toBe(0);
    expect(store.count).toBe(42);
  });

  it('tracks birth cities exactly in the worlds that have an enclave park', () => {
    const park = { type: 'enclavePark', year: 1995, from: 'Metropolis', to: 'Hillcrest', direction: 'forward', costReduction: 1, outputShare: 0.3 };
    const withPark = createWorld(smallTeaching([park]), 1).firms;
    const without = createWorld(smallTeaching(), 1).firms;
    expect(withPark.tracksOrigin).toBe(true);
    expect(Array.from(withPark.origin.subarray(0, withPark.count))).toEqual(Array.from(withPark.city.subarray(0, withPark.count)));
    expect(without.tracksOrigin).toBe(false);
  });
});
