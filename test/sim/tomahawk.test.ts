import { describe, it, expect } from 'vitest';
import {
  simulatedBreakPoint, simulatedSustainPoint, analyticBreakPoint, analyticSustainPoint, runTwoCity,
} from '../../src/sim/tomahawk';
// The independent oracle shipped with the design brief (plain JS, numerically checked).
import { cpBreak, cpSustain } from '../../../shared/design/cp-thresholds.mjs';

// Krugman (1991) / Fujita, Krugman & Venables (1999, ch. 5), with φ = T^(1−σ):
//   break   φ_B = (σ−1−σμ)(1−μ) / ((σ−1+σμ)(1+μ))
//   sustain φ_S: root in (0,1) of φ^(σμ/(σ−1)) · ((1+μ)φ + (1−μ)/φ) / 2 = 1
const breakFormula = (s: number, m: number) => ((s - 1 - s * m) * (1 - m)) / ((s - 1 + s * m) * (1 + m));
const sustainFormula = (phi: number, s: number, m: number) => Math.pow(phi, (s * m) / (s - 1)) * ((1 + m) * phi + (1 - m) / phi) / 2 - 1;

const PAIRS: [number, number][] = [[5, 0.4], [4, 0.3], [6, 0.4]];
const opts = { firms: 4000 };

describe('the analytic thresholds', () => {
  it('σ = 5, μ = 0.4 gives φ_B = 1/7 and φ_S ≈ 0.093727 (model brief)', () => {
    expect(analyticBreakPoint(5, 0.4)).toBeCloseTo(1 / 7, 12);
    expect(analyticSustainPoint(5, 0.4)).toBeCloseTo(0.093727, 6);
  });
  it.each(PAIRS)('σ = %d, μ = %d: the formulas, the engine helpers and the oracle agree', (s, m) => {
    expect(analyticBreakPoint(s, m)).toBeCloseTo(breakFormula(s, m), 12);
    expect(analyticBreakPoint(s, m)).toBeCloseTo(cpBreak(s, m), 12);
    expect(Math.abs(sustainFormula(analyticSustainPoint(s, m), s, m))).toBeLessThan(1e-9);
    expect(analyticSustainPoint(s, m)).toBeCloseTo(cpSustain(s, m), 9);
  });
});

describe('the engine reproduces the core–periphery tomahawk', () => {
  it.each(PAIRS)('σ = %d, μ = %d: break point within 2% in freeness', (s, m) => {
    const simulated = simulatedBreakPoint(s, m, opts);
    expect(Math.abs(simulated - breakFormula(s, m)) / breakFormula(s, m)).toBeLessThan(0.02);
  });
  it.each(PAIRS)('σ = %d, μ = %d: sustain point within 2% in freeness', (s, m) => {
    const analytic = analyticSustainPoint(s, m);
    const simulated = simulatedSustainPoint(s, m, opts);
    expect(Math.abs(simulated - analytic) / analytic).toBeLessThan(0.02);
  });
  it('between the sustain and break points both outcomes are stable (hysteresis)', () => {
    const phi = (analyticSustainPoint(5, 0.4) + analyticBreakPoint(5, 0.4)) / 2;
    expect(Math.abs(runTwoCity(5, 0.4, phi, 0.51, opts) - 0.5)).toBeLessThan(0.05);
    expect(runTwoCity(5, 0.4, phi, 1, { ...opts, ticks: 400 })).toBeGreaterThan(0.9);
  });
});

describe('with urban costs the two-city sweep is bell-shaped', () => {
  // Housing on a fixed land stock (Helpman 1998) added to the CP model (Pflüger & Südekum 2008):
  // dispersion at high trade costs, agglomeration at intermediate, re-dispersion at low.
  const share = (phi: number) => runTwoCity(5, 0.4, phi, 0.51, { firms: 4000, ticks: 800, housingShare: 0.05 });
  it('disperses at φ = 0.05, agglomerates at φ = 0.4, disperses again at φ = 0.95', () => {
    expect(Math.abs(share(0.05) - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(share(0.4) - 0.5)).toBeGreaterThan(0.3);
    expect(Math.abs(share(0.95) - 0.5)).toBeLessThan(0.05);
  });
});
