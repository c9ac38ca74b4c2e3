import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validScenario } from './arbitraries';
import { validateScenario } from '../../src/scenario/validate';
import { parseScenario } from '../../src/scenario/parse';
import { simulate, METRIC_NAMES } from '../../src/sim';

// Metrics that may be negative by definition (a correlation, a slope).
const SIGNED = new Set(['moranI', 'moranZ', 'rankSize']);
// Inequality indices: zero for equal cities, which round-off can put a hair below zero.
const INDICES = new Set(['cv', 'weightedCv', 'theil', 'theilBetween', 'theilWithin', 'gini']);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('random valid scenarios', () => {
  it('validate, and run 20 years with finite non-negative quantities and the accounts adding up', () => {
    fc.assert(fc.property(validScenario, fc.integer({ min: 0, max: 1e6 }), (raw, seed) => {
      expect(validateScenario(raw)).toEqual([]);
      const w = simulate(parseScenario(raw), { seed });
      const { series: s, N, S } = w;
      expect(s.length).toBe(20);
      for (let t = 0; t < s.length; t++) {
        for (const m of METRIC_NAMES) {
          const v = s.metrics[m][t];
          expect(Number.isFinite(v), `${m} in year ${t}`).toBe(true);
          if (!SIGNED.has(m)) expect(v, `${m} in year ${t}`).toBeGreaterThanOrEqual(INDICES.has(m) ? -1e-12 : 0);
        }
        let pop = 0, gdp = 0, emp = 0;
        for (let i = 0; i < N; i++) {
          const p = s.population[t * N + i], y = s.gdp[t * N + i], yc = s.gdpPerCapita[t * N + i];
          for (const v of [p, y, yc]) { expect(Number.isFinite(v)).toBe(true); expect(v).toBeGreaterThanOrEqual(0); }
          let e = 0;
          for (let k = 0; k < S; k++) {
            const v = s.employment[(t * N + i) * S + k];
            expect(Number.isFinite(v) && v >= 0).toBe(true);
            e += v;
          }
          expect(e).toBeLessThanOrEqual(p * (1 + 1e-12));
          pop += p; gdp += y; emp += e;
        }
        expect(close(pop, s.metrics.population[t]), `population in year ${t}`).toBe(true);
        expect(close(gdp, s.metrics.gdp[t]), `gdp in year ${t}`).toBe(true);
        expect(close(emp, s.metrics.employment[t]), `employment in year ${t}`).toBe(true);
      }
      for (const v of s.flowsTotal) expect(Number.isFinite(v) && v >= 0).toBe(true);
    }), { numRuns: 15, seed: 20261121 });
  });
});

type Json = Record<string, any>;

/** Ways to break a valid scenario; each must be caught. */
const MUTATIONS: ((s: Json, pick: number) => void)[] = [
  (s) => { delete s.name; },
  (s) => { delete s.cities; },
  (s, k) => { delete s.cities[k % s.cities.length][['name', 'area', 'population'][k % 3]]; },
  (s, k) => { s.cities[k % s.cities.length].population = 'many'; },
  (s, k) => { s.cities[k % s.cities.length][k % 2 ? 'area' : 'population'] = -1 - k; },
  (s, k) => { s.params[['initialFirms', 'barrier', 'congestion'][k % 3]] = -0.5; },
  (s, k) => { s.sectors[k % s.sectors.length].share = -0.1; },
  (s, k) => { s.cities[k % s.cities.length].colour = 'red'; },
  (s) => { s.params.mechanisms.telepathy = true; },
  (s, k) => { s.events.push({ type: 'subsidy', year: 2001, city: `Atlantis${k}`, amount: 0.1 }); },
  (s, k) => { s.events.push({ type: 'transport', year: 2001, cities: [s.cities[0].name, `Nowhere${k}`], factor: 0.5 }); },
  (s, k) => { s.events.push({ type: 'shock', year: 2001, sector: `unknown${k}`, demand: 0.2 }); },
  (s) => { s.events.push({ type: 'barrier', year: 1900, level: 0 }); },
  (s) => { s.cities.push({ ...s.cities[0] }); },
  (s) => { s.years = 'twenty'; },
  (s) => { s.cities = s.cities.slice(0, 1); },
];

describe('random corrupted scenarios', () => {
  it('always give at least one validation message, never an exception', () => {
    fc.assert(fc.property(validScenario, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), fc.nat(), (raw, m, k) => {
      const broken = structuredClone(raw) as Json;
      MUTATIONS[m](broken, k);
      const problems = validateScenario(broken);
      expect(problems.length, `mutation ${m}`).toBeGreaterThan(0);
      for (const p of problems) expect(p).toMatch(/^\S.*: \S/);
      expect(() => parseScenario(broken)).toThrow();
    }), { numRuns: 200, seed: 7 });
  });

  it('arbitrary JSON values never make the validator throw', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const problems = validateScenario(v);
      expect(Array.isArray(problems) && problems.length > 0).toBe(true);
    }), { numRuns: 300, seed: 11 });
  });

  it('arbitrary values in every slot of a scenario never make the validator throw', () => {
    const slot = fc.oneof(fc.jsonValue(), fc.constantFrom(null, undefined, NaN, Infinity, -0, [], {}));
    fc.assert(fc.property(validScenario, slot, fc.nat(), fc.nat(), (raw, v, a, b) => {
      const s = structuredClone(raw) as Json;
      const targets: Json[] = [s, s.params, s.params.mechanisms, ...s.cities, ...s.sectors, ...s.events];
      const target = targets[a % targets.length];
      const keys = Object.keys(target);
      target[keys[b % keys.length]] = v;
      expect(() => validateScenario(s)).not.toThrow();
    }), { numRuns: 300, seed: 13 });
  });
});
