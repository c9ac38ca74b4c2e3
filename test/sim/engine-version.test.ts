import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash } from '../../src/sim';
import { ENGINE_VERSION } from '../../src/sim/summary';

// Share links, batch resume and merge trust ENGINE_VERSION to mean "the same results". These run
// hashes pin what this version computes: a change that moves any result must bump ENGINE_VERSION
// (src/sim/summary.ts) and record the new hashes here; a change that should not move results
// (a speed-up, a refactor) must leave them alone.
const PINNED: Record<string, Record<string, string>> = {
  '0.5.0': {
    teaching: '6d933e964396acfc6ca3e54ab05904317671cab6413817b228b872afd33f371a',
    'jjj-relocation': 'b235f478cf73939c03de8102bc346afe77621d060264671dad84ca869cddd20e',
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
