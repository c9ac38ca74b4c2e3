import { describe, it, expect } from 'vitest';
import { twoCityScenario } from '../../src/sim/tomahawk';
import { createWorld } from '../../src/sim/init';
import { step } from '../../src/sim/step';
import { cpRealWages } from '../../../shared/design/cp-thresholds.mjs';

/** Real-wage gap ln ω_West − ln ω_East the engine's market gives with a share λ of firms in the West. */
function engineGap(lambda: number, phi: number, sigma: number, mu: number): number {
  const w = createWorld(twoCityScenario(sigma, mu, phi, { firms: 1000, reviewShare: 0 }), 1);
  for (let f = 0; f < w.firms.count; f++) w.firms.city[f] = f < Math.round(lambda * w.firms.count) ? 0 : 1;
  w.local[0] = w.local[1] = (w.local[0] + w.local[1]) / 2;
  step(w);
  return w.payoff[1] - w.payoff[3]; // mature-stage payoff of the one sector in each city
}

describe('market clearing is the Fujita–Krugman–Venables two-region CP model', () => {
  it.each([[0.5, 0.2], [0.6, 0.2], [0.7, 0.1], [0.9, 0.5], [1, 0.3]])(
    'λ = %d, φ = %d: real-wage gap equals the oracle to 1e-8', (lambda, phi) => {
      const sigma = 5, mu = 0.4;
      const T = Math.pow(phi, 1 / (1 - sigma));
      const [w1, w2] = cpRealWages(lambda, T, sigma, mu);
      expect(engineGap(lambda, phi, sigma, mu)).toBeCloseTo(Math.log(w1 / w2), 8);
    });
});
