import { describe, it, expect } from 'vitest';
import seedrandom from 'seedrandom';
import { Rng } from '../../src/sim/rng';

// The engine steps alea itself (inlined) from seedrandom's seeding: it must be seedrandom's
// alea number for number, or runs would silently change.
describe('Rng', () => {
  it('draws exactly seedrandom.alea\'s stream', () => {
    for (const seed of ['spillover:1', 'spillover:42', 'x', '']) {
      const ours = new Rng(seed), theirs = seedrandom.alea(seed);
      for (let k = 0; k < 20_000; k++) expect(ours.uniform()).toBe(theirs());
    }
  });
});
