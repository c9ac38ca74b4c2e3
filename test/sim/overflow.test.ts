import { describe, it, expect } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { createWorld, step } from '../../src/sim';
import { sectorChoiceTables } from '../../src/agents/entry';

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

  it('keeps the odds between two cities whose subsidy factors both overflow exp', () => {
    // β = 100, subsidies 10 and 10.01: β·b = 1000 and 1001, both beyond exp's range. A clamp
    // would make the two factors equal; in logs their ratio stays e (times payoff and moving cost).
    const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
    raw.params = { ...(raw.params ?? {}), initialFirms: 3000, choice: { ...(raw.params?.choice ?? {}), logitBeta: 100 } };
    const [a, b] = [raw.cities[1].name, raw.cities[2].name];
    const subsidy = (city: string, amount: number) => ({ type: 'subsidy', year: raw.startYear, city, amount }); // ≤ 5 each; they add up
    raw.events = [subsidy(a, 5), subsidy(a, 5), subsidy(b, 5), subsidy(b, 5), subsidy(b, 0.01)];
    const w = createWorld(parseScenario(raw), 1);
    step(w);
    const { N, S } = w;
    const ja = w.cityNames.indexOf(a), jb = w.cityNames.indexOf(b);
    const beta = 100;
    let checked = 0;
    for (let r = 0; r < S * 2 * N; r++) {
      if (!w.choiceBuilt[r]) continue;
      const o = r % N, k = Math.floor(r / N) % 2, s = Math.floor(r / (2 * N));
      if (o === ja || o === jb) continue;
      const row = w.choiceRows.subarray(r * N, (r + 1) * N);
      const weight = (j: number) => row[j] - (j > 0 ? row[j - 1] : 0);
      // ln(w_b / w_a) from the row's own terms: β(V_b − V_a) + ln(kernel_ob / kernel_oa) + β(10.01 − 10)
      const lnOdds = beta * (w.payoff[2 * (jb * S + s) + k] - w.payoff[2 * (ja * S + s) + k])
        + Math.log(w.moveKernel[o * N + jb] / w.moveKernel[o * N + ja]) + beta * (w.subsidy[jb * S + s] - w.subsidy[ja * S + s]);
      if (Math.abs(lnOdds) > 5) continue; // a weight far below the row's running sum loses digits in the difference
      expect(Math.log(weight(jb) / weight(ja))).toBeCloseTo(lnOdds, 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('founders\' sector tables', () => {
  it('stay finite and keep the odds when β_e·(V − V̄) would overflow exp', () => {
    const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
    raw.params = { ...(raw.params ?? {}), initialFirms: 2000, entry: { sectorBeta: 100 } };
    const w = createWorld(parseScenario(raw), 1);
    step(w);
    const { S } = w;
    // City 0: sector 1 pays 10 more than sector 0, sector 2 pays 9.99, every other sector 20 less
    // (innovating stage).
    for (let s = 0; s < S; s++) w.payoff[2 * s] = s === 0 ? 0 : s === 1 ? 10 : s === 2 ? 9.99 : -20;
    const cum = sectorChoiceTables(w);
    const row = Array.from(cum.subarray(0, S));
    expect(row.every(Number.isFinite)).toBe(true);
    const weight = (s: number) => row[s] - (s > 0 ? row[s - 1] : 0);
    // exp(100·10) between sectors 1 and 0: sector 0's weight underflows against sector 1's.
    expect(weight(1)).toBeGreaterThan(0);
    expect(weight(0) / weight(1)).toBeLessThan(1e-300);
    // Sectors 1 and 2 both overflow exp on their own; between them the odds are e^(100·(−0.01))
    // times their innovation weights (a clamp would lose the e^−1).
    const innovation = w.scenario.sectors.map((x) => x.innovation);
    expect(weight(2) / weight(1)).toBeCloseTo(Math.exp(-1) * innovation[2] / innovation[1], 9);
  });
});
