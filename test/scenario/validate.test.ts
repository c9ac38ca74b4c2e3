import { describe, it, expect } from 'vitest';
import { validateScenario } from '../../src/scenario/validate';
import { parseScenario, ScenarioError } from '../../src/scenario/parse';

/** A small valid scenario; each test breaks a copy. */
function base(): Record<string, any> {
  return {
    name: 'tiny',
    cities: [
      { name: 'A', x: 0, y: 0, area: 1000, population: 2, region: 'P' },
      { name: 'B', x: 60, y: 0, area: 800, population: 1, region: 'Q' },
      { name: 'C', x: 0, y: 60, area: 800, population: 0.5, region: 'Q' },
    ],
    years: 20,
  };
}

describe('validateScenario', () => {
  it('accepts a scenario of a few lines', () => {
    expect(validateScenario(base())).toEqual([]);
    expect(parseScenario(base()).params.sigma).toBe(5);
  });

  it('never throws on garbage and says what the root must be', () => {
    for (const x of [null, undefined, 3, 'x', true, [], [1, 2]]) expect(validateScenario(x)).toEqual(['(root): must be an object']);
    expect(validateScenario({})).toEqual(['name: required', 'cities: required']);
  });

  it('reports every problem at once, each with its JSON path', () => {
    const s = base();
    s.cities[1].population = -1;
    delete s.cities[2].area;
    s.cities[0].humanCapital = 1.5;
    s.params = { choice: { reviewShare: 2 }, sigma: 'five' };
    s.colour = 'red';
    expect(validateScenario(s)).toEqual([
      'colour: unknown key',
      'cities[0].humanCapital: must be <= 1',
      'cities[1].population: must be > 0',
      'cities[2].area: required',
      'params.sigma: must be a number',
      'params.choice.reviewShare: must be <= 1',
    ]);
  });

  it('names a likely typo of a key', () => {
    const s = base();
    s.cities[0].populaton = 2;
    s.params = { migration: { rte: 0.1 } };
    expect(validateScenario(s)).toEqual([
      'cities[0].populaton: unknown key (did you mean "population"?)',
      'params.migration.rte: unknown key (did you mean "rate"?)',
    ]);
  });

  it('lists the event types when one is unknown, and checks each event against its own type', () => {
    const s = base();
    s.events = [
      { type: 'tax', year: 2000 },
      { type: 'transport', year: 2000, cities: ['A'], factor: 0, speed: 3 },
      { year: 2001, level: 0 },
    ];
    expect(validateScenario(s)).toEqual([
      'events[0].type: must be one of transport, education, barrier, landCap, subsidy, enclavePark, shock, newCity (got "tax")',
      'events[1].speed: unknown key',
      'events[1].cities: must have at least 2 items',
      'events[1].factor: must be > 0',
      'events[2].type: required',
    ]);
  });

  it('refuses references to unknown cities and sectors', () => {
    const s = base();
    s.events = [
      { type: 'transport', year: 1995, cities: ['A', 'Xyz'], factor: 0.5 },
      { type: 'subsidy', year: 1995, city: 'b', amount: 0.1, sectors: ['autos', 'cars'] },
      { type: 'shock', year: 1995, sector: 'steel', demand: 0.2 },
    ];
    expect(validateScenario(s)).toEqual([
      'events[0].cities[1]: unknown city "Xyz"',
      'events[1].city: unknown city "b" (did you mean "B"?)',
      'events[1].sectors[1]: unknown sector "cars" (sectors: digital, research, finance, logistics, electronics, equipment, autos, chemicals, textiles)',
      'events[2].sector: unknown sector "steel" (sectors: digital, research, finance, logistics, electronics, equipment, autos, chemicals, textiles)',
    ]);
  });

  it('checks event years against the horizon and the cities newCity creates', () => {
    const s = base();
    s.startYear = 2000;
    s.events = [
      { type: 'barrier', year: 1999, level: 0 },
      { type: 'barrier', year: 2020, level: 0 },
      { type: 'subsidy', year: 2005, city: 'New', amount: 0.1 },
      { type: 'newCity', year: 2010, city: { name: 'New', x: 30, y: 30, area: 100, population: 0.2 } },
      { type: 'subsidy', year: 2010, city: 'New', amount: 0.1 },
    ];
    expect(validateScenario(s)).toEqual([
      'events[0].year: 1999 is outside the horizon 2000–2019',
      'events[1].year: 2020 is outside the horizon 2000–2019',
      'events[2].city: city "New" does not exist before 2010 (events[3] creates it)',
    ]);
  });

  it('refuses duplicate names, bad positions and impossible event combinations', () => {
    const s = base();
    s.cities[2].name = 'A';
    s.cities.push({ name: 'D', lat: 30, lon: 120, area: 10, population: 0.1 });
    s.cities.push({ name: 'E', x: 1, area: 10, population: 0.1 });
    s.cities.push({ name: 'F', area: 10, population: 0.1 });
    s.sectors = [{ id: 'autos' }, { id: 'toys', share: 0.1 }, { id: 'autos' }];
    s.events = [
      { type: 'enclavePark', year: 1995, from: 'B', to: 'B', direction: 'forward', costReduction: 0.5, outputShare: 0.2 },
      { type: 'landCap', year: 1995, city: 'A' },
      { type: 'landCap', year: 1995, city: 'A', sector: 'toys' },
      { type: 'shock', year: 1995, sector: 'toys' },
      { type: 'newCity', year: 1996, city: { name: 'B', x: 9, y: 9, area: 10, population: 0.1 } },
    ];
    expect(validateScenario(s)).toEqual([
      'cities[2].name: duplicate city name "A" (also cities[0])',
      'events[4].city.name: duplicate city name "B" (also cities[1])',
      'cities[3]: position given as lat/lon but cities[0] uses x/y; use one system for every city',
      'cities[4].y: required with x',
      'cities[5]: position missing: give lat and lon, or x and y',
      'sectors[2].id: duplicate sector id "autos" (also sectors[0])',
      'events[0].to: must differ from "from" (both "B")',
      'events[1]: landCap needs landFactor, or sector with maxShare',
      'events[2].maxShare: required with sector',
      'events[3]: shock needs demand or productivity above 0',
    ]);
  });

  it('refuses two cities at one place (distance-weighted indices need distinct places)', () => {
    const s = base();
    s.cities[2].x = 60.5;
    s.cities[2].y = 0.5;
    expect(validateScenario(s)).toEqual(['cities[2]: less than 1 km from cities[1]: cities must be distinct places']);
  });

  it('refuses spending shares that leave nothing for the traditional good', () => {
    const s = base();
    s.sectors = [{ id: 'a', share: 0.5 }, { id: 'b', share: 0.4 }];
    expect(validateScenario(s)).toEqual(['sectors: spending shares sum to 0.9 ≥ 1 − housingShare = 0.9: no room left for the traditional good']);
    const t = base();
    t.params = { housingShare: 0.9 };
    expect(validateScenario(t)).toEqual(['params.housingShare: spending shares sum to 0.56 ≥ 1 − housingShare = 0.1: no room left for the traditional good']);
  });

  it('refuses absurd sizes and names the limit', () => {
    const s = base();
    s.cities = Array.from({ length: 501 }, (_, i) => ({ name: `c${i}`, x: i, y: 0, area: 10, population: 0.1 }));
    s.params = { initialFirms: 10_000_001 };
    s.years = 501;
    s.sectors = Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, share: 0.01 }));
    expect(validateScenario(s)).toEqual([
      'years: must be <= 500 (limit)',
      'cities: at most 500 items allowed (limit), got 501',
      'sectors: at most 20 items allowed (limit), got 21',
      'params.initialFirms: must be <= 10000000 (limit)',
    ]);
    const t = base();
    t.cities = Array.from({ length: 500 }, (_, i) => ({ name: `c${i}`, x: i, y: 0, area: 10, population: 0.1 }));
    t.events = [{ type: 'newCity', year: 2000, city: { name: 'new', x: 1, y: 1, area: 10, population: 0.1 } }];
    expect(validateScenario(t)).toEqual(['cities: at most 500 cities allowed (limit), got 501 counting newCity events']);
  });

  it('parseScenario throws a ScenarioError carrying every problem', () => {
    const s = base();
    s.cities[0].area = 0;
    s.seed = -1;
    try {
      parseScenario(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).problems).toEqual(['seed: must be >= 0', 'cities[0].area: must be > 0']);
    }
  });
});
