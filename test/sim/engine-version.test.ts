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
    teaching: '92a63c7f748eb1d7361bf9fc0ee55f329e0db77252cc0905bacf6b74e2883b70',
    'jjj-relocation': 'bf812bf33f0fcb212dbd4dd0539886e8df7dc063a82538a54df041d628fff964',
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
