import { describe, it, expect } from 'vitest';
import { LESSONS, lessonFromQuery, lessonQuery } from '../../src/ui/lessons';
import { buildSetup, deepMerge } from '../../src/ui/lessons/setup';
import { judge, judgeTomahawk, type Format } from '../../src/ui/lessons/judge';
import type { Outcome } from '../../src/ui/lessons/outcome';
import { messages as en } from '../../src/ui/i18n/en';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { parseScenario } from '../../src/scenario/parse';
import type { TomahawkResult } from '../../src/teach/tomahawk-api';

const f: Format = {
  num: (v, d = 3) => v.toFixed(d), year: (v) => String(v), pct: (v) => `${(100 * v).toFixed(1)}%`, none: 'none',
  name: (i) => i.name, figure: (id) => id, scenario: (n) => n,
};
const outcome = (o: Partial<Outcome>): Outcome => ({
  scenario: 'teaching', cities: [], sectors: [], peak: null, maxCv: 0.2, finalCv: 0.15,
  finalCoreShareManufacturing: 0.3, finalCoreShareInnovation: 0.8, shock: null, ...o,
});

describe('lessons as data', () => {
  it('six lessons of three to five steps, numbered 1–6, every text key in the catalogue', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const keys: string[] = [];
    for (const l of LESSONS) {
      expect(l.steps.length).toBeGreaterThanOrEqual(3);
      keys.push(l.title, l.summary);
      for (const s of l.steps) {
        keys.push(s.title, s.watch);
        const a = s.action;
        if (a.kind === 'change') keys.push(a.hint);
        if (a.kind === 'predict' || a.kind === 'tomahawk') keys.push(a.question, a.explain, ...a.choices.map((c) => c.label));
      }
    }
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('every step on the teaching cluster builds a scenario the validator accepts', () => {
    for (const l of LESSONS) for (const s of l.steps) {
      if (s.setup?.scenario !== 'teaching') continue;
      const built = buildSetup(SHIPPED_SCENARIOS, s.setup);
      expect(built.ok).toBe(true);
      if (built.ok) expect(() => parseScenario(built.raw)).not.toThrow();
    }
  });

  it('a missing shipped scenario is reported by name, not thrown', () => {
    expect(buildSetup({}, { scenario: 'yrd', seed: 1, years: 51 })).toEqual({ ok: false, missing: 'yrd' });
  });

  it('overrides merge deeply, events are appended, and ?years caps the horizon', () => {
    expect(deepMerge({ params: { trade: { costPer100Km: 0.6, declinePerYear: 0.04 } }, a: [1] }, { params: { trade: { declinePerYear: 0 } }, a: [2] }))
      .toEqual({ params: { trade: { costPer100Km: 0.6, declinePerYear: 0 } }, a: [2] });
    const built = buildSetup({ x: { name: 'x', events: [{ type: 'barrier', year: 2000, level: 0 }] } },
      { scenario: 'x', seed: 3, years: 60, events: [{ type: 'shock', year: 2010, sector: 'textiles' }] }, 12);
    expect(built).toEqual({ ok: true, seed: 3, years: 12, raw: { name: 'x', events: [{ type: 'barrier', year: 2000, level: 0 }, { type: 'shock', year: 2010, sector: 'textiles' }] } });
  });

  it('lesson links: ?lesson=N&step=M, the step clamped to the lesson; unknown lessons ignored', () => {
    expect(lessonFromQuery('?lesson=2&step=3')).toEqual({ lesson: 2, step: 3 });
    expect(lessonFromQuery('?lesson=3&step=99')).toEqual({ lesson: 3, step: 3 });
    expect(lessonFromQuery('?lesson=1')).toEqual({ lesson: 1, step: 1 });
    expect(lessonFromQuery('?lesson=9&step=1')).toBeNull();
    expect(lessonQuery('?present=1', 4, 2)).toBe('?present=1&lesson=4&step=2');
  });
});

describe('predictions are judged on the runs', () => {
  const base = { scenario: 'teaching', seed: 1, years: 60 };
  it('peak timing: earlier, later, same (within a year) or none', () => {
    const j = { kind: 'peakTiming' as const, baseline: base };
    const at = (year: number | null) => outcome({ peak: year === null ? null : { year, cv: 0.2 } });
    expect(judge(j, at(2014), [at(2007)], f)).toEqual({ answer: 'later', facts: { key: 'feedback.peak', params: { run: '2014', base: '2007' } } });
    expect(judge(j, at(2003), [at(2007)], f).answer).toBe('earlier');
    expect(judge(j, at(2007), [at(2007)], f).answer).toBe('same');
    expect(judge(j, at(null), [at(2007)], f).answer).toBe('none');
    expect(judge(j, at(2010), [at(null)], f).answer).toBeNull();
  });

  it('a figure against the baseline: higher or lower', () => {
    const j = { kind: 'metricVs' as const, metric: 'maxCv' as const, baseline: base };
    expect(judge(j, outcome({ maxCv: 0.183 }), [outcome({ maxCv: 0.2036 })], f))
      .toEqual({ answer: 'lower', facts: { key: 'feedback.metric', params: { figure: 'maxCv', run: '0.183', base: '0.204' } } });
  });

  it('highest peak: the scenario whose CV rises highest', () => {
    const j = { kind: 'highestPeak' as const, others: [] };
    const v = judge(j, outcome({ scenario: 'jjj', maxCv: 0.5 }), [outcome({ scenario: 'yrd', maxCv: 0.3 }), outcome({ scenario: 'gba', maxCv: 0.6 })], f);
    expect(v).toEqual({ answer: 'gba', facts: { key: 'feedback.highest', params: { list: 'jjj 0.500 · yrd 0.300 · gba 0.600' } } });
  });

  it('shock: the most specialised city (highest LQ in the sector) against the most diversified (LQs nearest 1)', () => {
    const run = outcome({
      cities: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
      sectors: [{ id: 'e', name: 'Electronics' }, { id: 't', name: 'Textiles' }],
      shock: { sector: 'e', sectorIndex: 0, year: 2010, clusterChange: -0.1, sensitivity: { A: 2, B: 0.5, C: 1 }, lqBefore: [2.5, 0.2, 1.05, 0.95, 0.6, 1.4] },
    });
    expect(judge({ kind: 'shockHit' }, run, [], f)).toEqual({ answer: 'specialised', facts: { key: 'feedback.shock', params: {
      sector: 'Electronics', spec: 'A', lq: '2.50', specChange: '-20.0%', div: 'B', divChange: '-5.0%', cluster: '-10.0%',
    } } });
  });

  it('tomahawk: in the band both starts stay put (history); past the break point both agglomerate', () => {
    const r: TomahawkResult = {
      sigma: 5, mu: 0.4, break: { simulated: 0.1427, analytic: 1 / 7 }, sustain: { simulated: 0.0941, analytic: 0.0937 },
      points: [{ phi: 0.05, fromSymmetric: 0.5, fromAgglomerated: 0.5 }, { phi: 0.12, fromSymmetric: 0.51, fromAgglomerated: 1 },
        { phi: 0.2, fromSymmetric: 0.996, fromAgglomerated: 1 }],
    };
    expect(judgeTomahawk(r, 'band', f).answer).toBe('history');
    expect(judgeTomahawk(r, 'above', f)).toEqual({ answer: 'agglomerated', facts: { key: 'feedback.tomahawk', params: { phi: '0.200', sym: '1.00', agg: '1.00' } } });
  });
});
