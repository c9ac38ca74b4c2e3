import { describe, it, expect } from 'vitest';
import { simulate, summarize, type World } from '../../src/sim';
import { shippedScenario } from '../../src/scenario/parse';
import { findPeak } from '../../src/sim/metrics/peak';
import { smallTeaching, runSeeds, meanOf, meanMetric, groupEmployment, groupShareInCity, sectorShare, firmsIn, SEEDS } from './event-runs';
import { INNOVATING } from '../../src/agents/firm-store';

// Each policy event against the same cluster without it, averaged over 10 seeds: the small
// teaching cluster (3000 firms at the start), 1990–2009, events in 1993.
const YEAR = 1993;
let baseline: World[] | undefined;
const base = () => (baseline ??= runSeeds(smallTeaching()));
const withEvents = (...events: unknown[]) => runSeeds(smallTeaching(events));

describe('policy events change the economy in the direction the economics predicts', () => {
  it('transport: the smaller city linked to the core gains manufacturing', () => {
    const linked = withEvents({ type: 'transport', year: YEAR, cities: ['Metropolis', 'Hillcrest'], factor: 0.3 });
    const m = (w: World) => groupEmployment(w, 'Hillcrest', 'manufacturing');
    expect(meanOf(linked, m)).toBeGreaterThan(1.05 * meanOf(base(), m));
  });

  it('education: the innovation share of the investing cities rises', () => {
    const schooled = withEvents({ type: 'education', year: YEAR, cities: ['Southlake', 'Riverton'], increase: 0.2, years: 5 });
    for (const city of ['Southlake', 'Riverton']) {
      const m = (w: World) => groupShareInCity(w, city, 'innovation');
      expect(meanOf(schooled, m), city).toBeGreaterThan(meanOf(base(), m) + 0.02);
    }
  });

  it('barrier: a unified market brings the CV peak earlier or lowers it', () => {
    const unified = runSeeds(smallTeaching([{ type: 'barrier', year: 1990, level: 0 }]));
    const years = Array.from(base()[0].series.year);
    const before = findPeak(years, meanMetric(base(), 'cv'));
    const after = findPeak(years, meanMetric(unified, 'cv'));
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    expect(after!.year < before!.year || (after!.year === before!.year && after!.cv < before!.cv)).toBe(true);
  });

  it('landCap: the capped sector leaves the city for the cluster\'s other cities', () => {
    const capped = withEvents({ type: 'landCap', year: YEAR, city: 'Metropolis', sector: 'electronics', maxShare: 0.1 });
    const share = (w: World) => sectorShare(w, 'Metropolis', 'electronics');
    expect(meanOf(capped, share)).toBeLessThan(0.5 * meanOf(base(), share));
    const elsewhere = (w: World) => {
      const s = w.scenario.sectors.findIndex((x) => x.id === 'electronics');
      const t = w.series.length - 1;
      let e = 0;
      for (let i = 1; i < w.N; i++) e += w.series.employment[(t * w.N + i) * w.S + s];
      return e;
    };
    expect(meanOf(capped, elsewhere)).toBeGreaterThan(meanOf(base(), elsewhere));
  });

  it('subsidy: the subsidised city gains firms', () => {
    const subsidised = withEvents({ type: 'subsidy', year: YEAR, city: 'Hillcrest', amount: 0.3 });
    const firms = (w: World) => firmsIn(w, 'Hillcrest');
    expect(meanOf(subsidised, firms)).toBeGreaterThan(1.2 * meanOf(base(), firms));
  });

  describe('enclavePark (Metropolis builds a park in Hillcrest)', () => {
    /** Runs the park, checking each year that sharing moves GDP without changing the cluster's total. */
    function park(direction: string) {
      let worst = 0, movedFrom = 0, movedTo = 0;
      const worlds = runSeeds(smallTeaching([{ type: 'enclavePark', year: YEAR, from: 'Metropolis', to: 'Hillcrest', direction, costReduction: 1, outputShare: 0.3 }]), (w) => {
        let gdp = 0, income = 0;
        for (let i = 0; i < w.N; i++) { gdp += w.gdp[i]; income += w.market.income[i]; }
        worst = Math.max(worst, Math.abs(gdp - income) / income);
        movedFrom = Math.max(movedFrom, w.gdp[0] - w.market.income[0]);
        movedTo = Math.max(movedTo, w.gdp[6] - w.market.income[6]);
      });
      return { worlds, worst, movedFrom, movedTo };
    }
    const metroFirmsInHillcrest = (w: World) => firmsIn(w, 'Hillcrest', 'Metropolis');
    const hillcrestRnDInMetro = (w: World) => firmsIn(w, 'Metropolis', 'Hillcrest', INNOVATING);

    it('forward: the core\'s firms move production to the park, and a share of its output counts to the core', () => {
      const r = park('forward');
      expect(meanOf(r.worlds, metroFirmsInHillcrest)).toBeGreaterThan(2 * meanOf(base(), metroFirmsInHillcrest));
      expect(meanOf(r.worlds, (w) => groupEmployment(w, 'Hillcrest', 'manufacturing'))).toBeGreaterThan(meanOf(base(), (w) => groupEmployment(w, 'Hillcrest', 'manufacturing')));
      expect(r.movedFrom).toBeGreaterThan(0);
      expect(r.worst).toBeLessThan(1e-9);
    });

    it('reverse: the host\'s innovating firms incubate in the core, and a share of that output counts to the host', () => {
      const r = park('reverse');
      expect(meanOf(r.worlds, hillcrestRnDInMetro)).toBeGreaterThan(1.25 * meanOf(base(), hillcrestRnDInMetro));
      expect(r.movedTo).toBeGreaterThan(0);
      expect(r.worst).toBeLessThan(1e-9);
    });

    it('twoWay: both flows at once (the output shares net out between the two cities)', () => {
      const r = park('twoWay');
      expect(meanOf(r.worlds, metroFirmsInHillcrest)).toBeGreaterThan(2 * meanOf(base(), metroFirmsInHillcrest));
      expect(meanOf(r.worlds, hillcrestRnDInMetro)).toBeGreaterThan(1.25 * meanOf(base(), hillcrestRnDInMetro));
      expect(r.movedFrom).toBeGreaterThan(0);
      expect(r.worst).toBeLessThan(1e-9);
    });
  });

  /** Mean Martin sensitivity of the most diversified and the most specialised city (Jacobs diversity the year before). */
  function sensitivities(worlds: World[], year: number) {
    let diversified = 0, specialised = 0, clusterChange = 0;
    worlds.forEach((w, k) => {
      const readout = summarize(w, SEEDS[k]).resilience;
      expect(readout.length).toBeGreaterThan(0);
      expect(readout[0]).toMatchObject({ year, until: year + 2 }); // a 3-year shock: years year … year + 2
      expect(Object.keys(readout[0].cities)).toEqual(w.cityNames);
      const t = year - 1 - w.scenario.startYear, { N, S } = w;
      const jacobs = w.cityNames.map((_, i) => {
        const e = w.series.employment.subarray((t * N + i) * S, (t * N + i + 1) * S);
        const tot = e.reduce((a, b) => a + b, 0);
        return 1 / e.reduce((a, b) => a + (b / tot) ** 2, 0);
      });
      diversified += readout[0].cities[w.cityNames[jacobs.indexOf(Math.max(...jacobs))]] / worlds.length;
      specialised += readout[0].cities[w.cityNames[jacobs.indexOf(Math.min(...jacobs))]] / worlds.length;
      clusterChange += readout[0].clusterChange / worlds.length;
    });
    return { diversified, specialised, clusterChange };
  }

  // A downturn, so that Martin's index compares losses: demand for every manufacturing sector falls.
  it('shock: the resilience readout is there, and the most diversified city loses less than the most specialised', () => {
    const sectors = ['electronics', 'equipment', 'autos', 'chemicals', 'textiles'];
    const r = sensitivities(withEvents(...sectors.map((sector) => ({ type: 'shock', year: 2000, sector, demand: 0.6, duration: 3 }))), 2000);
    expect(r.clusterChange).toBeLessThan(-0.2);
    expect(r.diversified).toBeLessThan(r.specialised);
  });

  // 2008: an export collapse hits every manufacturing sector (demand −40% for three years).
  it('shock in the shipped YRD: a manufacturing downturn hits the specialised cities harder than the diversified', () => {
    const yrd = shippedScenario('yrd');
    const manufacturing = yrd.sectors.filter((s) => s.group === 'manufacturing').map((s) => s.id);
    const shocks = manufacturing.map((sector) => ({ type: 'shock' as const, year: 2008, sector, demand: 0.4, duration: 3 }));
    const worlds = SEEDS.map((seed) => simulate({ ...yrd, events: [...yrd.events, ...shocks] }, { seed, years: 2011 - 1990 + 1 }));
    let diversified = 0, specialised = 0, cluster = 0;
    for (const [k, w] of worlds.entries()) {
      const readout = summarize(w, SEEDS[k]).resilience[0];
      const t = 2007 - w.scenario.startYear, { N, S } = w;
      // Jacobs diversity the year before, by city; compare the most and least diversified thirds.
      const jacobs = w.cityNames.map((name, i) => {
        const e = w.series.employment.subarray((t * N + i) * S, (t * N + i + 1) * S);
        const tot = e.reduce((a, b) => a + b, 0);
        return { name, d: 1 / e.reduce((a, b) => a + (b / tot) ** 2, 0) };
      }).sort((a, b) => b.d - a.d);
      const third = Math.floor(N / 3);
      const mean = (xs: { name: string }[]) => xs.reduce((a, x) => a + readout.cities[x.name], 0) / xs.length;
      diversified += mean(jacobs.slice(0, third)) / worlds.length;
      specialised += mean(jacobs.slice(-third)) / worlds.length;
      cluster += readout.clusterChange / worlds.length;
    }
    expect(cluster).toBeLessThan(0);
    expect(diversified).toBeLessThan(specialised);
  });

  it('newCity: the city appears in its year with its residents and draws firms', () => {
    const sc = smallTeaching([{ type: 'newCity', year: 2000, city: { name: 'Newtown', x: 20, y: -30, area: 500, population: 0.8, humanCapital: 0.12 } }]);
    const worlds = runSeeds(sc);
    for (const w of worlds) {
      const i = w.cityNames.indexOf('Newtown');
      const pop = (year: number) => w.series.population[(year - 1990) * w.N + i];
      expect(pop(1999)).toBe(0);
      expect(pop(2000)).toBeGreaterThanOrEqual(0.8);
      expect(firmsIn(w, 'Newtown')).toBeGreaterThan(0);
    }
  });
});
