import { describe, it, expect } from 'vitest';
import { workedExample, type ExplainInputs, type ExampleLine } from '../../src/ui/glossary/examples';
import { GLOSSARY_TERMS } from '../../src/ui/glossary/terms';
import { simulate, summarize } from '../../src/sim';
import { shippedScenario } from '../../src/scenario/parse';
import { employmentAt } from '../../src/sim/summary';
import { messages as en } from '../../src/ui/i18n/en';

// A short teaching run with a shock, as the page would hold it after 20 years.
const scenario = { ...shippedScenario('teaching'), years: 20 };
scenario.events = [{ type: 'shock', year: 2000, sector: 'electronics', demand: 0.5, duration: 3 }];
const w = simulate(scenario, { seed: 1 });
const s = summarize(w, 1);
const t = w.series.length - 1, N = w.N;
const inputs: ExplainInputs = {
  year: w.series.year[t], employmentYear: w.series.year[t],
  cities: scenario.cities.map((c, i) => ({ name: c.name, nameZh: c.nameZh, region: c.region, x: w.x[i], y: w.y[i] })),
  sectors: scenario.sectors.map((x) => ({ id: x.id, name: x.name ?? x.id, nameZh: x.nameZh })),
  population: w.series.population.subarray(t * N, (t + 1) * N), gdpPerCapita: w.series.gdpPerCapita.subarray(t * N, (t + 1) * N),
  employment: employmentAt(w, t), peak: s.peak, resilience: s.resilience,
};
const value = (lines: ExampleLine[], key: string) => { const v = lines[0].params[key]; return 'num' in v ? v.num : NaN; };
const m = (name: keyof typeof w.series.metrics) => w.series.metrics[name][t];

describe('worked examples recompute what the engine recorded', () => {
  it('CV, Williamson, Theil (between + within), Gini and Moran equal the run’s recorded metrics', () => {
    expect(value(workedExample('cv', inputs), 'cv')).toBe(m('cv'));
    expect(value(workedExample('williamson', inputs), 'v')).toBe(m('weightedCv'));
    const th = workedExample('theil', inputs);
    expect([value(th, 'total'), value(th, 'between'), value(th, 'within')]).toEqual([m('theil'), m('theilBetween'), m('theilWithin')]);
    expect(value(workedExample('gini', inputs), 'g')).toBe(m('gini'));
    expect(value(workedExample('moran', inputs), 'I')).toBeCloseTo(m('moranI'), 12);
  });

  it('LQ, diversity, Jacobs and Krugman examples match the summary’s final figures', () => {
    const lq = workedExample('lq', inputs)[0];
    const city = 'item' in lq.params.city ? lq.params.city.item.name : '', sector = 'item' in lq.params.sector ? lq.params.sector.item : { name: '' };
    const id = scenario.sectors.find((x) => (x.name ?? x.id) === sector.name)!.id;
    expect(value([lq], 'lq')).toBe(s.final.lq[city][id]);
    expect(value([lq], 'lq')).toBe(Math.max(...Object.values(s.final.lq).flatMap((r) => Object.values(r))));
    expect(value(workedExample('diversity', inputs), 'topDi')).toBe(Math.max(...Object.values(s.final.diversity)));
    expect(value(workedExample('jacobs', inputs), 'topD')).toBe(Math.max(...Object.values(s.final.jacobsDiversity)));
    expect(value(workedExample('krugman', inputs), 'lowK')).toBe(Math.min(...Object.values(s.final.specialization)));
  });

  it('Martin resilience reads the shock readout: the most sensitive city and its β', () => {
    const r = s.resilience[0];
    const worst = Object.entries(r.cities).sort((a, b) => b[1] - a[1])[0];
    const line = workedExample('martin', inputs)[0];
    expect(line.key).toBe('glossary.martin.example');
    expect('item' in line.params.worst && line.params.worst.item.name).toBe(worst[0]);
    expect(value([line], 'worstB')).toBe(worst[1]);
  });

  it('every term has a name, a plain explanation, a source and message keys for its example', () => {
    for (const term of GLOSSARY_TERMS) {
      for (const part of ['name', 'plain', 'source']) expect(`glossary.${term}.${part}` in en).toBe(true);
      for (const line of workedExample(term, inputs)) expect(line.key in en).toBe(true);
    }
  });

  it('without employment, the structure examples say the figures are on their way', () => {
    expect(workedExample('jacobs', { ...inputs, employment: null })).toEqual([{ key: 'glossary.example.noEmployment', params: {} }]);
    expect(workedExample('martin', { ...inputs, resilience: [] })).toEqual([{ key: 'glossary.martin.none', params: {} }]);
  });
});
