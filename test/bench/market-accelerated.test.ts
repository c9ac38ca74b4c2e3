import { describe, expect, it } from 'vitest';
import { clearMarkets, createMarketState, type MarketInputs } from '../../src/sim/market';
import { createWorld, step } from '../../src/sim/index';
import { syntheticScenario } from '../../bench/full/synthetic';
import { clearMarketsAccelerated } from '../../bench/market/accelerated';

describe('proposed market solver (bench/market/accelerated.ts)', () => {
  it("reaches the engine's equilibrium from the same warm start in far fewer iterations", () => {
    const sc = syntheticScenario({ cities: 26, firms: 10_000, layout: 'random', years: 6 });
    const w = createWorld(sc, 1);
    for (let y = 0; y < 3; y++) step(w);
    const p = sc.params;
    const M0 = Float64Array.from(w.market.M), local0 = Float64Array.from(w.local);
    const localWage = Math.exp(p.productivityGrowth * w.tick);
    step(w);
    const inp: MarketInputs = { N: w.N, S: w.S, sigma: p.sigma, share: w.share, housingShare: p.housingShare, Q: w.Q, local: local0, localWage, phi: w.phi, active: w.active };
    const engine = createMarketState(w.N, w.S), ours = createMarketState(w.N, w.S);
    engine.M.set(M0); ours.M.set(M0);
    clearMarkets(inp, w.land, engine);
    const iterations = clearMarketsAccelerated(inp, w.land, ours);
    expect(iterations).toBeLessThan(40);
    for (let c = 0; c < engine.M.length; c++) expect(Math.abs(ours.M[c] / engine.M[c] - 1)).toBeLessThan(2e-6);
    for (let i = 0; i < w.N; i++) {
      expect(Math.abs(ours.income[i] / engine.income[i] - 1)).toBeLessThan(1e-6);
      expect(Math.abs(ours.lnCostOfLiving[i] - engine.lnCostOfLiving[i])).toBeLessThan(1e-6);
    }
  });
});
