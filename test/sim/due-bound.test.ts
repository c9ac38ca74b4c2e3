import { describe, it, expect } from 'vitest';
import { DUE_BLOCK_BITS, NEVER } from '../../src/agents/firm-store';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, type World } from '../../src/sim';

// The maturation pass skips every block of firms whose bound (FirmStore.dueBound) is later than
// the year. That is exact only if the bound never exceeds a due date in its block, through births,
// exits (the last firm swapped into a hole) and maturations.
describe('the maturation pass\'s block bounds', () => {
  it('never exceed a firm\'s due date in their block, and let the pass skip most blocks', () => {
    const faults: string[] = [];
    let skippable = 0, blocks = 0;
    const check = (w: World) => {
      const { firms } = w;
      const nBlocks = Math.ceil(firms.count / (1 << DUE_BLOCK_BITS));
      for (let b = 0; b < nBlocks; b++) {
        let earliest = NEVER;
        for (let f = b << DUE_BLOCK_BITS; f < Math.min((b + 1) << DUE_BLOCK_BITS, firms.count); f++) earliest = Math.min(earliest, firms.matureAt[f]);
        if (firms.dueBound[b] > earliest) faults.push(`${w.year} block ${b}: bound ${firms.dueBound[b]} > due date ${earliest}`);
        blocks++;
        if (firms.dueBound[b] > w.tick) skippable++;
      }
    };
    simulate({ ...shippedScenario('teaching'), years: 40 }, { seed: 5, onTick: check });
    expect(faults.slice(0, 5)).toEqual([]);
    expect(skippable / blocks).toBeGreaterThan(0.5);
  });
});
