import fc from 'fast-check';

const GROUPS = ['manufacturing', 'innovation', 'services', 'other'] as const;
const START = 2000;
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A random city in its own 40 km cell of a grid (cities must be distinct places). */
const city = (name: string, k: number) => fc.record({
  name: fc.constant(name), x: num(0, 30).map((d) => (k % 5) * 40 + d), y: num(0, 30).map((d) => Math.floor(k / 5) * 40 + d), area: num(100, 5000),
  population: num(0.1, 10), humanCapital: num(0, 0.5), amenity: num(-0.5, 0.5),
  region: fc.constantFrom('R1', 'R2', 'R3'),
});

const sector = (id: string) => fc.record({
  id: fc.constant(id), group: fc.constantFrom(...GROUPS), share: num(0.02, 0.15), tradeCost: num(0, 2),
  localization: num(0, 0.1), diversity: num(0, 0.1), knowledge: num(0, 0.05), humanCapital: num(0, 1.5),
  landIntensity: num(0, 0.5), innovation: num(0.1, 3), maturityYears: fc.option(num(3, 15), { nil: null }),
});

/** One event of any type, naming the given cities and sectors, inside a 20-year horizon. */
function event(cities: string[], sectors: string[], k: number): fc.Arbitrary<Record<string, unknown>> {
  const year = fc.integer({ min: START, max: START + 19 });
  const c = fc.constantFrom(...cities);
  const s = fc.constantFrom(...sectors);
  const some = <T>(xs: T[], min: number) => fc.shuffledSubarray(xs, { minLength: Math.min(min, xs.length) });
  return fc.oneof(
    fc.record({ type: fc.constant('transport'), year, cities: some(cities, 2), factor: num(0.3, 1) }),
    fc.record({ type: fc.constant('education'), year, cities: some(cities, 1), increase: num(0.01, 0.3), years: fc.integer({ min: 1, max: 10 }) }),
    fc.record({ type: fc.constant('barrier'), year, level: num(0, 1) }),
    fc.record({ type: fc.constant('landCap'), year, city: c, landFactor: num(0.3, 1.5) }),
    fc.record({ type: fc.constant('landCap'), year, city: c, sector: s, maxShare: num(0, 1) }),
    fc.record({ type: fc.constant('subsidy'), year, city: c, amount: num(-0.3, 0.5), sectors: some(sectors, 1) }),
    fc.tuple(some(cities, 2), fc.constantFrom('forward', 'reverse', 'twoWay')).chain(([pair, direction]) => fc.record({
      type: fc.constant('enclavePark'), year, from: fc.constant(pair[0]), to: fc.constant(pair[1]), direction: fc.constant(direction),
      costReduction: num(0, 1), outputShare: num(0, 1),
    })),
    fc.record({ type: fc.constant('shock'), year, sector: s, demand: num(0.05, 0.6), productivity: num(0, 0.5), duration: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ type: fc.constant('newCity'), year, city: city(`new${k}`, 10 + k) }),
  );
}

/** A valid small scenario: 2–8 cities, 1–4 sectors, 200–2000 firms, up to 5 events, 20 years. */
export const validScenario = fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 4 })).chain(([n, k]) => {
  const names = Array.from({ length: n }, (_, i) => `c${i}`);
  const ids = Array.from({ length: k }, (_, i) => `s${i}`);
  return fc.record({
    name: fc.constant('random'),
    startYear: fc.constant(START),
    years: fc.constant(20),
    cities: fc.tuple(...names.map((c, i) => city(c, i))),
    sectors: fc.tuple(...ids.map(sector)),
    params: fc.record({
      initialFirms: fc.integer({ min: 200, max: 2000 }),
      barrier: num(0, 1),
      congestion: num(0, 0.2),
      mechanisms: fc.record({ lifecycle: fc.boolean(), entry: fc.boolean(), exit: fc.boolean(), migration: fc.boolean(), urbanCosts: fc.boolean() }),
    }),
    events: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 5 }).chain((keys) =>
      fc.tuple(...keys.map((_, j) => event(names, ids, j)))),
  });
});
