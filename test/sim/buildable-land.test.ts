import { describe, it, expect } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { validateScenario } from '../../src/scenario/validate';
import { createWorld, step } from '../../src/sim';
import { applyEvent } from '../../src/sim/events';

// A city's buildable share (e.g. Beijing's plains) is the land its housing and firms compete for.
function scenario(buildableShare?: number): Record<string, any> {
  return {
    name: 'land',
    cities: [
      { name: 'A', x: 0, y: 0, area: 1000, population: 2, region: 'P', ...(buildableShare !== undefined ? { buildableShare } : {}) },
      { name: 'B', x: 60, y: 0, area: 800, population: 1, region: 'P' },
    ],
    years: 5,
    params: { initialFirms: 2000 },
  };
}

describe('buildable land', () => {
  it('defaults to the whole area; a share scales the land, and a landCap factor scales what is buildable', () => {
    expect(createWorld(parseScenario(scenario())).land[0]).toBe(1000);
    const w = createWorld(parseScenario(scenario(0.4)));
    expect(w.land[0]).toBeCloseTo(400, 12);
    expect(w.land[1]).toBe(800);
    applyEvent(w, { type: 'landCap', year: w.year, city: 'A', landFactor: 0.5 });
    expect(w.land[0]).toBeCloseTo(200, 12);
  });

  it('less buildable land raises the rent per km² (μ_H Y / H)', () => {
    const rentOf = (share?: number) => { const w = createWorld(parseScenario(scenario(share)), 1); step(w); return w.market.rent[0]; };
    expect(rentOf(0.4)).toBeGreaterThan(2 * rentOf());
  });

  it('is a share in (0, 1]: outside it the validator names the field', () => {
    expect(validateScenario(scenario(0))).toContain('cities[0].buildableShare: must be > 0');
    expect(validateScenario(scenario(1.2))).toContain('cities[0].buildableShare: must be <= 1');
  });
});
