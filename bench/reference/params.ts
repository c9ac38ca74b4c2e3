/**
 * Parameters of the cross-framework reference model ("firm location choice step"), exactly
 * those of `../shared/bench-peers/models/common.mjs`, so that every version runs the same model.
 */
export interface ReferenceOptions {
  /** Cities. */
  N: number;
  /** Sectors. */
  S: number;
  /** Firms (constant: every exit is replaced). */
  F: number;
  /** Cities lie in a side × side square. */
  side: number;
  /** Distance decay κ in the location logit. */
  kappa: number;
  /** Per firm and tick: probability of reviewing its location. */
  reviewProb: number;
  /** Per firm and tick: probability of exit (and replacement). */
  exitProb: number;
  /** pop_i = firms in city i + popBase. */
  popBase: number;
  /** Seeds the city layout and, unless `dynSeed` is given, the dynamics. */
  seed: number;
  /** Optional separate seed for the dynamics stream (same cities, other draws). */
  dynSeed: number | null;
}

export const REFERENCE_DEFAULTS: Readonly<ReferenceOptions> = Object.freeze({
  N: 50, S: 8, F: 10_000, side: 100, kappa: 0.02, reviewProb: 0.1, exitProb: 0.02,
  popBase: 100, seed: 1, dynSeed: null,
});

/** α_s = 0.2 + 0.05 s (localization), β_s = 0.3 − 0.03 s (diversity), γ_s = 0.3 (congestion). */
export function sectorParams(S: number): { alpha: Float64Array; beta: Float64Array; gamma: Float64Array } {
  const alpha = new Float64Array(S), beta = new Float64Array(S), gamma = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    alpha[s] = 0.2 + 0.05 * s;
    beta[s] = 0.3 - 0.03 * s;
    gamma[s] = 0.3;
  }
  return { alpha, beta, gamma };
}
