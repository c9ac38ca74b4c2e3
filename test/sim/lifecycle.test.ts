import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { createWorld, step } from '../../src/sim';
import { stageShares, MATURE, INNOVATING } from './lifecycle-helpers';

function run(lifecycle: boolean, seed: number) {
  const sc = shippedScenario('teaching');
  const w = createWorld({ ...sc, params: { ...sc.params, initialFirms: 8000, mechanisms: { ...sc.params.mechanisms, lifecycle } } }, seed);
  const checkpoints: { matureMfgCore: number; innovating: Float64Array; innovatingMfgCore: number }[] = [];
  for (let y = 0; y < 60; y++) {
    step(w);
    if (y % 10 === 0 || y === 59) {
      checkpoints.push({
        matureMfgCore: stageShares(w, MATURE, true)[w.core],
        innovating: stageShares(w, INNOVATING, false),
        innovatingMfgCore: stageShares(w, INNOVATING, true)[w.core],
      });
    }
  }
  return { w, checkpoints };
}

describe('nursery cities and the product life cycle', () => {
  it.each([1, 2, 3])('seed %d: the core’s share of mature manufacturing falls (from its peak, below its start) while it keeps the largest share of innovating firms', (seed) => {
    const { w, checkpoints } = run(true, seed);
    const first = checkpoints[0], last = checkpoints[checkpoints.length - 1];
    const peak = Math.max(...checkpoints.map((c) => c.matureMfgCore));
    // The core first draws manufacturing in (agglomeration), then mature producers move out
    // (diffusion): the share ends below where it started and well below its peak.
    expect(last.matureMfgCore).toBeLessThan(first.matureMfgCore);
    expect(last.matureMfgCore).toBeLessThan(peak - 0.05);
    for (const c of checkpoints) {
      const others = Array.from(c.innovating).filter((_, i) => i !== w.core);
      expect(c.innovating[w.core]).toBeGreaterThan(Math.max(...others));
      // Manufacturing is born in the core (nursery) and produced elsewhere once mature.
      expect(c.innovatingMfgCore).toBeGreaterThan(c.matureMfgCore);
    }
  });
  it('with the life cycle off there are no innovating firms and no stage difference', () => {
    const { checkpoints } = run(false, 1);
    for (const c of checkpoints) expect(Array.from(c.innovating).every((x) => x === 0)).toBe(true);
  });
});
