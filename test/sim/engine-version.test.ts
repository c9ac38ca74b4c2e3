import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash } from '../../src/sim';
import { ENGINE_VERSION } from '../../src/sim/summary';

// Share links, batch resume and merge trust ENGINE_VERSION to mean "the same results". These run
// hashes pin what this version computes: a change that moves any result must bump ENGINE_VERSION
// (src/sim/summary.ts) and record the new hashes here; a change that should not move results
// (a speed-up, a refactor) must leave them alone.
const PINNED: Record<string, Record<string, string>> = {
  '0.6.0': {
    teaching: 'c80e16e5e34a50ecf19460eabcc47553e6297bf0e62c24761240f15b87124944',
    'jjj-relocation': '5d8138febc73bc89160359913d861f3fdb6bb7a9efa69229d62cd3cbcb3ecd64',
  },
};

describe(`engine ${ENGINE_VERSION} results`, () => {
  for (const name of ['teaching', 'jjj-relocation']) {
    it(`${name}, seed 1, has the run hash pinned for this engine version`, () => {
      expect(PINNED[ENGINE_VERSION], `no hashes pinned for engine ${ENGINE_VERSION}`).toBeDefined();
      expect(runHash(simulate(shippedScenario(name), { seed: 1 }))).toBe(PINNED[ENGINE_VERSION][name]);
    });
  }
});
