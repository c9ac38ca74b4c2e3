import { describe, it, expect } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { createWorld, step } from '../../src/sim';

// Valid but extreme inputs must not overflow the choice weights: with logitBeta 100, a subsidy of
// 10 makes exp(β·subsidy) = exp(1000) = ∞, which once sent firms to an undefined city.
describe('choice weights stay finite under extreme valid inputs', () => {
  it('a huge relocation subsidy draws every moving firm to the city, and every firm is counted where it is', () => {
    const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
    raw.params = { ...(raw.params ?? {}), initialFirms: 3000, choice: { ...(raw.params?.choice ?? {}), logitBeta: 100 } };
    const city = raw.cities[1].name;
    raw.events = [{ type: 'subsidy', year: raw.startYear, city, amount: 5 }, { type: 'subsidy', year: raw.startYear, city, amount: 5 }];
    const w = createWorld(parseScenario(raw), 1);
    const target = w.cityNames.indexOf(city);
    for (let t = 0; t < 3; t++) {
      step(w);
      // exp(β·subsidy) dwarfs every other weight: each firm that moves, moves to the subsidised city.
      let into = 0;
      for (let o = 0; o < w.N; o++) into += w.flows[o * w.N + target];
      expect(w.relocations).toBeGreaterThan(100);
      expect(into).toBe(w.relocations);
    }
    const exact = new Int32Array(w.firmCount.length);
    for (let f = 0; f < w.firms.count; f++) {
      expect(w.firms.city[f]).toBeLessThan(w.N);
      exact[((w.firms.city[f] * w.S + w.firms.sector[f]) << 1) | w.firms.stage[f]]++;
    }
    expect(Array.from(w.firmCount)).toEqual(Array.from(exact));
    expect(w.choiceRows.every((x) => Number.isFinite(x))).toBe(true);
  });
});

describe('founders\' sector tables', () => {
  it('stay finite and keep the odds when β_e·(V − V̄) would overflow exp', async () => {
    const { sectorChoiceTables } = await import('../../src/agents/entry');
    const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
    raw.params = { ...(raw.params ?? {}), initialFirms: 2000, entry: { sectorBeta: 100 } };
    const w = createWorld(parseScenario(raw), 1);
    step(w);
    const { S } = w;
    // City 0: sector 1 pays 10 more than sector 0, every other sector 20 less (innovating stage).
    for (let s = 0; s < S; s++) w.payoff[2 * s] = s === 0 ? 0 : s === 1 ? 10 : -20;
    const cum = sectorChoiceTables(w);
    const row = Array.from(cum.subarray(0, S));
    expect(row.every(Number.isFinite)).toBe(true);
    const weight = (s: number) => row[s] - (s > 0 ? row[s - 1] : 0);
    // exp(100·10) between sectors 1 and 0: sector 0's weight underflows against sector 1's.
    expect(weight(1)).toBeGreaterThan(0);
    expect(weight(0) / weight(1)).toBeLessThan(1e-300);
  });
});
