import { describe, it, expect } from 'vitest';
import { mount, q } from './mount';
import '../../src/ui/run-controls';
import '../../src/ui/cluster-map';
import '../../src/ui/bell-curve-chart';
import '../../src/ui/scenario-panel';
import type { RunAction } from '../../src/ui/run-controls';


describe('<run-controls>', () => {
  it('shows the readouts and reports intent as events', async () => {
    const el = mount('run-controls', { status: 'running', year: 2003, cv: 0.123456, peak: null, seed: 1, years: 60 });
    await el.updateComplete;
    expect(q(el, '[data-testid=year]').textContent).toBe('2003');
    expect(q(el, '[data-testid=cv]').textContent).toBe('0.1235');
    expect(q(el, '[data-testid=peak]').textContent).toBe('not yet passed');
    expect(q(el, '[data-testid=play]')).toBeNull();
    const actions: RunAction[] = [];
    el.addEventListener('run-intent', (e) => actions.push((e as CustomEvent<{ action: RunAction }>).detail.action));
    q(el, '[data-testid=pause]').click();
    el.status = 'paused';
    el.peak = { year: 2013, cv: 0.1222 };
    await el.updateComplete;
    q(el, '[data-testid=step]').click();
    q(el, '[data-testid=play]').click();
    expect(actions).toEqual(['pause', 'step', 'play']);
    expect(q(el, '[data-testid=peak]').textContent).toBe('2013 (CV 0.1222)');
  });
});

describe('<cluster-map>', () => {
  it('draws circle areas proportional to population and the largest flows thickest', async () => {
    const el = mount('cluster-map', {
      cities: [{ name: 'A', x: 0, y: 0 }, { name: 'B', x: 100, y: 0 }, { name: 'C', x: 0, y: 100 }],
      population: [4, 1, 0.25], gdpPerCapita: [3, 2, 1], dominantGroup: [1, 0, 0],
      flows: [0, 10, 0, 5, 0, 0, 0, 0, 0],
    });
    await el.updateComplete;
    const r = (name: string) => Number(q(el, `circle[data-city=${name}]`).getAttribute('r'));
    expect(r('B') / r('A')).toBeCloseTo(0.5, 12);
    expect(r('C') / r('A')).toBeCloseTo(0.25, 12);
    const widths = [...el.shadowRoot!.querySelectorAll('line.flow')].map((l) => [l.getAttribute('data-firms'), Number(l.getAttribute('stroke-width'))]);
    expect(widths).toEqual([['10', 7.5], ['5', 4]]);
    q(el, 'circle[data-city=B]').dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(q(el, '[data-testid=map-tooltip]').textContent).toContain('B: population 1.00 m');
  });
});

describe('<bell-curve-chart>', () => {
  it('draws the current curve over the whole horizon, pinned runs behind, extra indices on demand', async () => {
    const el = mount('bell-curve-chart', {
      startYear: 2000, horizon: 4, length: 2,
      columns: { cv: [0.1, 0.2], weightedCv: [0.3, 0.4], theil: [0, 0], gini: [0, 0] },
      pinned: [{ label: 'seed 2', startYear: 2001, cv: [0.5, 0.6, 0.7] }],
      peak: { year: 2001, cv: 0.2 },
    });
    await el.updateComplete;
    expect(el.data()).toEqual([[2000, 2001, 2002, 2003], [null, 0.5, 0.6, 0.7], [0.1, 0.2, null, null]]);
    (q(el, '[data-testid=toggle-weightedCv]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.data()[3]).toEqual([0.3, 0.4, null, null]);
    expect(el.shadowRoot!.querySelector('canvas')).not.toBeNull();
    expect(el.shadowRoot!.textContent).toContain('Pinned: seed 2');
  });
});

describe('<scenario-panel>', () => {
  it('an invalid import shows the messages next to the field and applies nothing', async () => {
    const draft = { name: 'teaching', cities: [], params: { barrier: 0.5 } };
    const el = mount('scenario-panel', { draft, applied: draft, shipped: ['teaching'], validator: async () => ['/params/barrier: must be number', 'name: must be a string'] });
    await el.updateComplete;
    let applied = 0;
    el.addEventListener('scenario-apply', () => { applied++; });
    expect(await el.importText('{"name": 1, "params": {"barrier": "x"}}')).toBe(false);
    await el.updateComplete;
    expect(applied).toBe(0);
    expect(q(el, '[data-testid=import-message]').textContent).toContain('2 problem(s)');
    const barrierField = q(el, '[data-testid=param-barrier]').closest('.param')!;
    expect(barrierField.textContent).toContain('params.barrier: must be number');
    expect(q(el, '[data-testid=problems]').textContent).toContain('name: must be a string');
    expect((q(el, '[data-testid=param-barrier]') as HTMLInputElement).value).toBe('0.5');
    expect(await el.importText('not json')).toBe(false);
  });

  it('a valid import is applied', async () => {
    const draft = { name: 'teaching', cities: [] };
    const el = mount('scenario-panel', { draft, applied: draft, shipped: ['teaching'], validator: async () => [] });
    const got: unknown[] = [];
    el.addEventListener('scenario-apply', (e) => got.push((e as CustomEvent<{ raw: unknown }>).detail.raw));
    expect(await el.importText('{"name": "mine", "cities": []}')).toBe(true);
    expect(got).toEqual([{ name: 'mine', cities: [] }]);
  });
});
