import type { Scenario } from '../scenario/types';
import { resolveScenario } from '../scenario/resolve';
import { createWorld } from './init';
import { step } from './step';
import type { World } from './world';
import { log, pow } from './math';

/**
 * The core–periphery check: the engine itself — the same createWorld/step as every scenario —
 * configured as Krugman's (1991) two-region model: two identical cities, one manufacturing
 * sector with spending share μ, immobile residents split equally, every mechanism beyond the
 * NEG core off (no externalities, urban costs, life cycle, entry, exit, migration, trends) and
 * near-zero logit noise. Swept over trade freeness φ = T^(1−σ), its dynamics break the
 * symmetric equilibrium above the break point φ_B and sustain full agglomeration above the
 * sustain point φ_S (Fujita, Krugman & Venables 1999, ch. 5; Baldwin et al. 2003, ch. 2).
 */
export interface TwoCityOptions {
  firms?: number;
  /** Maximum years simulated per run. */
  ticks?: number;
  seed?: number;
  /** Logit sensitivity (near-zero noise = large). */
  beta?: number;
  reviewShare?: number;
  /** Housing share μ_H: 0 for the pure CP model; > 0 adds the urban cost (the bell). */
  housingShare?: number;
}

const DEFAULTS = { firms: 10000, ticks: 1500, seed: 1, beta: 20000, reviewShare: 0.01, housingShare: 0 };
const DISTANCE_KM = 100;

/** The two-city scenario at freeness φ. */
export function twoCityScenario(sigma: number, mu: number, phi: number, o: TwoCityOptions = {}): Scenario {
  const opt = { ...DEFAULTS, ...o };
  const city = (name: string, x: number) => ({ name, x, y: 0, area: 1000, population: 1, region: 'one' });
  // T = φ^(1/(1−σ)) over 100 km: the log cost per 100 km is ln T.
  const lnT = log(phi) / (1 - sigma);
  const urban = opt.housingShare > 0;
  return resolveScenario({
    name: 'two-city',
    description: 'Two identical cities, one manufacturing sector: the core–periphery configuration.',
    startYear: 0,
    years: opt.ticks,
    seed: opt.seed,
    cities: [city('West', 0), city('East', DISTANCE_KM)],
    sectors: [{
      id: 'manufacturing', group: 'manufacturing', share: mu, tradeCost: 1, localization: 0, diversity: 0,
      knowledge: 0, humanCapital: 0, landIntensity: 0, innovation: 1, maturityYears: null,
    }],
    params: {
      sigma, housingShare: opt.housingShare, congestion: 0, firmDispersion: 0, barrier: 0,
      initialFirms: opt.firms, initialIndustrialShare: mu, initialAllocationExponent: 1,
      trade: { costPer100Km: lnT, declinePerYear: 0, barrierCost: 0 },
      choice: { reviewShare: opt.reviewShare, logitBeta: opt.beta, movingCostPer100Km: 0, movingCostFixed: 0, barrierMovingCost: 0 },
      mechanisms: {
        urbanCosts: urban, localization: false, diversity: false, knowledge: false, humanCapital: false,
        lifecycle: false, entry: false, exit: false, migration: false, tradeTrend: false, productivityGrowth: false,
      },
    },
  });
}

/** Share of manufacturing employment in the first city. */
export function westShare(w: World): number {
  let west = 0;
  for (let f = 0; f < w.firms.count; f++) if (w.firms.city[f] === 0) west++;
  return w.firms.count ? west / w.firms.count : 0.5;
}

/**
 * Runs the two-city model from a share λ0 of firms in the first city and returns the share
 * where it settles (or where it stands after `ticks` years).
 */
export function runTwoCity(sigma: number, mu: number, phi: number, lambda0: number, o: TwoCityOptions = {}): number {
  const opt = { ...DEFAULTS, ...o };
  const w = createWorld(twoCityScenario(sigma, mu, phi, opt), opt.seed);
  // Place the firms at λ0 and split the immobile residents exactly equally (Krugman's farmers).
  const F = w.firms.count;
  const west = Math.round(lambda0 * F);
  for (let f = 0; f < F; f++) w.firms.city[f] = f < west ? 0 : 1;
  const resident = w.local[0] + w.local[1];
  w.local[0] = w.local[1] = resident / 2;
  let lambda = lambda0;
  const fromCorner = Math.abs(lambda0 - 0.5) > 0.45;
  while (w.tick < opt.ticks) {
    step(w);
    lambda = westShare(w);
    if (!fromCorner && Math.abs(lambda - 0.5) > 0.45) break; // settled in a corner
    if (fromCorner && Math.abs(lambda - 0.5) < 0.1) break; // agglomeration collapsed
  }
  return lambda;
}

/** True when a small asymmetry grows into agglomeration at φ. */
export function symmetryBreaks(sigma: number, mu: number, phi: number, o: TwoCityOptions = {}): boolean {
  return Math.abs(runTwoCity(sigma, mu, phi, 0.51, o) - 0.5) > 0.4;
}

/** True when full agglomeration in one city persists at φ. */
export function agglomerationSustained(sigma: number, mu: number, phi: number, o: TwoCityOptions = {}): boolean {
  // A collapse takes about 1/reviewShare years; 4× that is enough to see it.
  const ticks = Math.min(o.ticks ?? DEFAULTS.ticks, Math.ceil(4 / (o.reviewShare ?? DEFAULTS.reviewShare)));
  return runTwoCity(sigma, mu, phi, 1, { ...o, ticks }) > 0.9;
}

/** Bisection on φ for the switch of a predicate that is false below the threshold and true above. */
export function bisectFreeness(pred: (phi: number) => boolean, lo = 0.005, hi = 0.995, tol = 2e-4): number {
  for (let i = 0; i < 40 && hi - lo > tol; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid; else lo = mid;
  }
  return (lo + hi) / 2;
}

/** Break point found by running the engine. */
export function simulatedBreakPoint(sigma: number, mu: number, o: TwoCityOptions = {}): number {
  return bisectFreeness((phi) => symmetryBreaks(sigma, mu, phi, o));
}

/** Sustain point found by running the engine. */
export function simulatedSustainPoint(sigma: number, mu: number, o: TwoCityOptions = {}): number {
  return bisectFreeness((phi) => agglomerationSustained(sigma, mu, phi, o));
}

/**
 * Analytic break point of the CP model (Fujita, Krugman & Venables 1999, eq. 5.28; Baldwin et al.
 * 2003, ch. 2): φ_B = (σ−1−σμ)(1−μ) / ((σ−1+σμ)(1+μ)).
 */
export function analyticBreakPoint(sigma: number, mu: number): number {
  return ((sigma - 1 - sigma * mu) * (1 - mu)) / ((sigma - 1 + sigma * mu) * (1 + mu));
}

/**
 * Analytic sustain point (Fujita, Krugman & Venables 1999, eq. 5.20; Baldwin et al. 2003, ch. 2):
 * the root in (0, 1) of φ^(σμ/(σ−1)) · ((1+μ)φ + (1−μ)/φ)/2 = 1, found by bisection below the
 * function's minimum.
 */
export function analyticSustainPoint(sigma: number, mu: number): number {
  const f = (p: number) => pow(p, (sigma * mu) / (sigma - 1)) * ((1 + mu) * p + (1 - mu) / p) / 2 - 1;
  let a = 1e-9, b = 1 - 1e-12;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200; i++) {
    const c = b - g * (b - a), d = a + g * (b - a);
    if (f(c) < f(d)) b = d; else a = c;
  }
  let lo = 1e-9, hi = (a + b) / 2;
  for (let i = 0; i < 200; i++) {
    const m = (lo + hi) / 2;
    if (f(m) > 0) lo = m; else hi = m;
  }
  return (lo + hi) / 2;
}

export interface TomahawkPoint {
  phi: number;
  /** Where the first city's share settles from a near-symmetric start. */
  fromSymmetric: number;
  /** Where it settles from full agglomeration in the first city. */
  fromAgglomerated: number;
}

/** The tomahawk diagram: settled shares from both starts across a grid of freeness. */
export function tomahawkDiagram(sigma: number, mu: number, phis: number[], o: TwoCityOptions = {}): TomahawkPoint[] {
  return phis.map((phi) => ({
    phi,
    fromSymmetric: runTwoCity(sigma, mu, phi, 0.51, o),
    fromAgglomerated: runTwoCity(sigma, mu, phi, 1, o),
  }));
}
