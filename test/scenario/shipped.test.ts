import { describe, it, expect } from 'vitest';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { validateScenario } from '../../src/scenario/validate';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate } from '../../src/sim';

const CLUSTER_SIZES: Record<string, number> = { yrd: 26, gba: 21, jjj: 13, 'jjj-relocation': 13, 'gba-orderly': 21, 'yrd-barriers': 26, 'two-city': 2 };

describe('shipped scenarios', () => {
  it('are the teaching default, the core–periphery check, three clusters and three what-ifs', () => {
    expect(Object.keys(SHIPPED_SCENARIOS)).toEqual(['teaching', 'two-city', 'yrd', 'gba', 'jjj', 'jjj-relocation', 'gba-orderly', 'yrd-barriers']);
  });

  for (const name of Object.keys(SHIPPED_SCENARIOS)) {
    it(`${name} validates and runs 5 years headless`, () => {
      expect(validateScenario(SHIPPED_SCENARIOS[name])).toEqual([]);
      const sc = shippedScenario(name);
      expect(sc.name).toBe(name);
      if (CLUSTER_SIZES[name]) expect(sc.cities).toHaveLength(CLUSTER_SIZES[name]);
      const w = simulate(sc, { years: 5, seed: 7 });
      expect(w.series.length).toBe(5);
      expect(w.series.year[4]).toBe(sc.startYear + 4);
      for (let t = 0; t < 5; t++) {
        expect(Number.isFinite(w.series.metrics.cv[t])).toBe(true);
        expect(w.series.metrics.firms[t]).toBeGreaterThan(0);
      }
    });
  }

  it('the real clusters start in 1990 with 2000–2020 inside the horizon', () => {
    for (const name of ['yrd', 'gba', 'jjj', 'jjj-relocation', 'gba-orderly', 'yrd-barriers']) {
      const sc = shippedScenario(name);
      expect(sc.startYear).toBe(1990);
      expect(sc.startYear + sc.years - 1).toBe(2040);
      expect(sc.description).toContain('approximate');
    }
  });

  it('the cluster cores and regions are the sources\'', () => {
    const yrd = shippedScenario('yrd');
    expect(yrd.cities.filter((c) => c.tier === 'core').map((c) => c.name)).toEqual(['Shanghai']);
    expect([...new Set(yrd.cities.map((c) => c.region))]).toEqual(['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
    const gba = shippedScenario('gba');
    expect([...new Set(gba.cities.map((c) => c.region))]).toEqual(['PRD', 'East wing', 'North', 'West wing']);
    expect(gba.cities.filter((c) => c.region === 'PRD')).toHaveLength(9);
    const jjj = shippedScenario('jjj');
    expect(jjj.cities.find((c) => c.tier === 'core')?.name).toBe('Beijing');
  });

  it('human capital follows source 000: the YRD core four at 1.84 → 4.4 students per 100 residents (×0.07)', () => {
    const yrd = shippedScenario('yrd');
    const shanghai = yrd.cities.find((c) => c.name === 'Shanghai')!;
    expect(shanghai.humanCapital).toBe(0.1288);
    const push = yrd.events.find((e) => e.type === 'education' && e.cities.includes('Shanghai'));
    expect(push).toMatchObject({ year: 2000, years: 20, increase: 0.1792 });
    expect(0.1288 + 0.1792).toBeCloseTo(4.4 * 0.07, 10);
  });

  it('jjj-relocation adds Xiong\'an in 2017 and caps Beijing', () => {
    const sc = shippedScenario('jjj-relocation');
    const xa = sc.events.find((e) => e.type === 'newCity');
    expect(xa).toMatchObject({ year: 2017, city: { name: 'Xiong\'an', lat: 38.99, lon: 115.93, area: 1770 } });
    expect(sc.events.filter((e) => e.type === 'landCap' && e.city === 'Beijing').length).toBeGreaterThanOrEqual(2);
  });

  it('gba-orderly keeps the GBA\'s cities and total population with the YRD\'s rank-size shape', () => {
    const gba = shippedScenario('gba'), ord = shippedScenario('gba-orderly');
    const total = (cs: { population: number }[]) => cs.reduce((s, c) => s + c.population, 0);
    expect(ord.cities.map((c) => c.name)).toEqual(gba.cities.map((c) => c.name));
    expect(total(ord.cities)).toBeCloseTo(total(gba.cities), 1);
    expect(ord.events.some((e) => e.type === 'transport')).toBe(true);
  });

  it('yrd-barriers is the yrd without the barrier removals', () => {
    expect(shippedScenario('yrd').events.filter((e) => e.type === 'barrier')).toHaveLength(2);
    expect(shippedScenario('yrd-barriers').events.filter((e) => e.type === 'barrier')).toHaveLength(0);
  });

  it('two-city is two identical cities with one manufacturing sector and only the NEG core on', () => {
    const sc = shippedScenario('two-city');
    const [a, b] = sc.cities;
    expect({ ...a, name: '', x: 0, tier: 'core' }).toEqual({ ...b, name: '', x: 0, tier: 'core' });
    expect(sc.sectors.map((s) => s.group)).toEqual(['manufacturing']);
    expect(Object.values(sc.params.mechanisms).every((on) => !on)).toBe(true);
  });

  it('two-city agglomerates when trade is free enough and stays dispersed when it is not (Krugman 1991)', () => {
    const westShare = (costPer100Km: number) => {
      const sc = shippedScenario('two-city');
      const w = simulate({ ...sc, params: { ...sc.params, trade: { ...sc.params.trade, costPer100Km } } }, { seed: 1 });
      const t = w.series.length - 1;
      const [west, east] = [w.series.employment[t * 2], w.series.employment[t * 2 + 1]];
      return west / (west + east);
    };
    expect(Math.max(westShare(0.3), 1 - westShare(0.3))).toBeGreaterThan(0.95);
    expect(Math.abs(westShare(0.6) - 0.5)).toBeLessThan(0.1);
  });
});
