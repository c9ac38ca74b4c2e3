import { describe, it, expect } from 'vitest';
import { shippedScenario } from '../../src/scenario/parse';
import { createWorld, step, type World } from '../../src/sim';
import { stageFactors } from '../../src/sim/stage';

/** Every accounting identity and sign the engine promises, checked on one year's state. */
function checkYear(w: World): void {
  const { N, S, firms } = w;
  const t = w.series.length - 1;
  const p = w.scenario.params;
  // The cell counts kept up to date through the year match a recount of the firms themselves.
  const count = new Int32Array(w.firmCount.length), z = new Float64Array(w.zSum.length);
  for (let f = 0; f < firms.count; f++) {
    const k = ((firms.city[f] * S + firms.sector[f]) << 1) | firms.stage[f];
    count[k]++;
    z[k] += firms.zr[f];
  }
  expect(Array.from(w.firmCount)).toEqual(Array.from(count));
  // Σ zr drifts by rounding between full recounts (census.ts), by far less than 1e-7.
  for (let k = 0; k < z.length; k++) expect(Math.abs(w.zSum[k] - z[k])).toBeLessThan(1e-7 * (1 + z[k]));
  // Employment adds up: the year's recorded employment is Σ cells, and the firms the census
  // counted (start of the year) employ exactly that.
  const size = [stageFactors(p, 0).size * w.firmSize, stageFactors(p, 1).size * w.firmSize];
  let byCells = 0;
  for (let c = 0; c < N * S; c++) byCells += w.emp[c];
  expect(w.series.metrics.employment[t]).toBeCloseTo(byCells, 9);
  const counted = w.series.metrics.firms[t], innovating = w.series.metrics.innovatingFirms[t];
  expect(byCells).toBeCloseTo(innovating * size[0] + (counted - innovating) * size[1], 9);
  // Population: residents = employment + local, summed = the recorded total.
  let pop = 0, gdp = 0, income = 0;
  for (let i = 0; i < N; i++) {
    let e = 0;
    for (let s = 0; s < S; s++) e += w.emp[i * S + s];
    expect(w.pop[i]).toBeGreaterThanOrEqual(e - 1e-12);
    pop += w.pop[i]; gdp += w.gdp[i]; income += w.market.income[i];
  }
  expect(w.series.metrics.population[t]).toBeCloseTo(pop, 9);
  // Output: city GDP adds up to cluster income (enclave sharing moves, never creates).
  expect(gdp).toBeCloseTo(income, 9);
  expect(w.series.metrics.gdp[t]).toBeCloseTo(gdp, 9);
  // Market: the traditional good market clears, Σ Y (1 − μ_H − Σ μ_s) = w_A Σ A.
  // No NaN, no Infinity, no negative quantity anywhere in the record or the firms.
  for (const [name, col] of Object.entries(w.series.metrics)) {
    const v = col[t];
    expect(Number.isFinite(v), `${name} = ${v}`).toBe(true);
    if (!['moranI', 'moranZ'].includes(name)) expect(v, name).toBeGreaterThanOrEqual(0);
  }
  for (let i = 0; i < N; i++) {
    for (const a of [w.local, w.pop, w.gdp, w.market.income, w.market.rent]) {
      expect(Number.isFinite(a[i]) && a[i] >= 0).toBe(true);
    }
  }
  for (let f = 0; f < firms.count; f++) {
    if (firms.city[f] >= N || firms.sector[f] >= S || !(firms.zr[f] > 0)) throw new Error(`bad firm ${f}`);
  }
}

describe('accounting holds every year', () => {
  it('teaching, 40 years: employment, population and output add up; nothing NaN, infinite or negative', () => {
    const sc = shippedScenario('teaching');
    const w = createWorld({ ...sc, params: { ...sc.params, initialFirms: 4000 } }, 3);
    const pop0 = w.local.reduce((a, b) => a + b, 0) + w.firms.count * 0; // residents before any firm is counted
    let total = -1;
    for (let y = 0; y < 40; y++) {
      step(w);
      checkYear(w);
      // With no new city, population is conserved: firms hire from residents and return them.
      const now = w.series.metrics.population[w.series.length - 1];
      if (total < 0) total = now; else expect(now).toBeCloseTo(total, 9);
    }
    expect(pop0).toBeGreaterThan(0);
    expect(total).toBeCloseTo(sc.cities.reduce((a, c) => a + c.population, 0), 9);
  });
});
