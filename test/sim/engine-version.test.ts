import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash } from '../../src/sim';
import { ENGINE_VERSION } from '../../src/sim/summary';
import type { Scenario } from '../../src/scenario/types';
import { smallTeaching } from '../scenario/event-runs';

// Share links, batch resume and merge trust ENGINE_VERSION to mean "the same results". These run
// hashes pin what this version computes: a change that moves any result must bump ENGINE_VERSION
// (src/sim/summary.ts) and record the new hashes here; a change that should not move results
// (a speed-up, a refactor) must leave them alone.
const PINNED: Record<string, Record<string, string>> = {
  '0.6.0': {
    teaching: '986bfc3a718751a92486d0e79002696dcbedee6d3607d11d9864fbaf77f9dd4a',
    'jjj-relocation': '86a355cf05a26647cc3de278a1c31cd375da2c09b7ac26e2061c76bb36d460f7',
    'teaching-park': '99e5c9e3eb9269a06cd33c3152903072a5114f808e7bd94f6c29ba3074ae5b33',
  },
};

/** The runs pinned: two shipped scenarios, and a small teaching run with a two-way enclave park (birth cities, park routes and output sharing). */
const RUNS: Record<string, () => Scenario> = {
  teaching: () => shippedScenario('teaching'),
  'jjj-relocation': () => shippedScenario('jjj-relocation'),
  'teaching-park': () => smallTeaching([{ type: 'enclavePark', year: 1995, from: 'Metropolis', to: 'Hillcrest', direction: 'twoWay', costReduction: 1, outputShare: 0.3 }], 30),
};

describe(`engine ${ENGINE_VERSION} results`, () => {
  for (const [name, scenario] of Object.entries(RUNS)) {
    it(`${name}, seed 1, has the run hash pinned for this engine version`, () => {
      expect(PINNED[ENGINE_VERSION], `no hashes pinned for engine ${ENGINE_VERSION}`).toBeDefined();
      expect(runHash(simulate(scenario(), { seed: 1 }))).toBe(PINNED[ENGINE_VERSION][name]);
    });
  }
});
