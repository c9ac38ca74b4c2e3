/**
 * The tomahawk diagram of lesson 2, computed with the engine's own two-city configuration
 * (src/sim/tomahawk.ts): for each trade freeness φ, where the first city's share of industry
 * settles from a near-symmetric start and from full agglomeration, and the break and sustain
 * points found by bisection on the engine's dynamics, beside Krugman's analytic values.
 * No DOM: runs in its own module worker (tomahawk-worker.ts) so neither the page nor the main
 * run's worker waits for it, and in Node for tests.
 */
import { createWorld, step } from '../sim';
import {
  twoCityScenario, westShare, simulatedBreakPoint, simulatedSustainPoint, analyticBreakPoint, analyticSustainPoint,
  type TomahawkPoint, type TwoCityOptions,
} from '../sim/tomahawk';

export interface TomahawkRequest {
  sigma: number;
  mu: number;
  /** Firms in the two-city runs (few = fast; 1000 keeps the thresholds within 1%). */
  firms: number;
  /** Freeness grid of the diagram. */
  phis: number[];
}

/** A threshold as the engine finds it and as the formula gives it. */
export interface Threshold { simulated: number; analytic: number }

export interface TomahawkResult {
  sigma: number;
  mu: number;
  points: TomahawkPoint[];
  break: Threshold;
  sustain: Threshold;
}

/** A coarse grid, denser around the thresholds of σ = 5, μ = 0.4 (φ_S ≈ 0.094, φ_B ≈ 0.143). */
export const DEFAULT_PHIS = [0.02, 0.045, 0.07, 0.085, 0.1, 0.115, 0.13, 0.155, 0.18, 0.22, 0.28, 0.35];

/** Years a diagram run may take at most; faster review than the bisection so runs settle sooner. */
const SETTLE = { ticks: 900, reviewShare: 0.03 };

/**
 * Runs the two-city model from a first-city share λ0 until the share rests (in a corner, or
 * back at the symmetric split) and returns it: unlike the bisection's early stop, the diagram
 * shows where the dynamics actually settle.
 */
export function settledShare(sigma: number, mu: number, phi: number, lambda0: number, firms: number): number {
  const o: TwoCityOptions = { firms, ticks: SETTLE.ticks, reviewShare: SETTLE.reviewShare };
  const w = createWorld(twoCityScenario(sigma, mu, phi, o), 1);
  const F = w.firms.count, west = Math.round(lambda0 * F);
  for (let f = 0; f < F; f++) w.firms.city[f] = f < west ? 0 : 1;
  const resident = w.local[0] + w.local[1];
  w.local[0] = w.local[1] = resident / 2;
  let lambda = lambda0, still = 0;
  while (w.tick < SETTLE.ticks) {
    step(w);
    const next = westShare(w);
    // At rest: in a corner, or unchanged by more than one firm for 40 years.
    if (next > 0.995 || next < 0.005) return next;
    still = Math.abs(next - lambda) <= 1 / F ? still + 1 : 0;
    lambda = next;
    if (still >= 40) break;
  }
  return lambda;
}

/** One point of the diagram. */
export function diagramPoint(sigma: number, mu: number, phi: number, firms: number): TomahawkPoint {
  return { phi, fromSymmetric: settledShare(sigma, mu, phi, 0.51, firms), fromAgglomerated: settledShare(sigma, mu, phi, 1, firms) };
}

/** The API the tomahawk worker exposes: small requests, so the page can show progress. */
export function createTomahawkApi() {
  return {
    point: (sigma: number, mu: number, phi: number, firms: number): TomahawkPoint => diagramPoint(sigma, mu, phi, firms),
    breakPoint: (sigma: number, mu: number, firms: number): Threshold =>
      ({ simulated: simulatedBreakPoint(sigma, mu, { firms }), analytic: analyticBreakPoint(sigma, mu) }),
    sustainPoint: (sigma: number, mu: number, firms: number): Threshold =>
      ({ simulated: simulatedSustainPoint(sigma, mu, { firms }), analytic: analyticSustainPoint(sigma, mu) }),
  };
}

export type TomahawkApi = ReturnType<typeof createTomahawkApi>;
