import { describe, it, expect } from 'vitest';
import { encodeShare, decodeShare } from '../../src/ui/share-link';
import { diffLabels, pinLabel } from '../../src/ui/scenario-diff';
import { band, peakHistogram, quantileSorted } from '../../src/ui/replication-stats';
import { setPath, getPath, splitProblem, problemsAt } from '../../src/ui/scenario-path';
import { t } from '../../src/ui/i18n';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';

describe('share links', () => {
  it('round-trip scenario, seed, horizon and version, compactly', async () => {
    const scenario = SHIPPED_SCENARIOS.teaching;
    const hash = await encodeShare({ engineVersion: '0.1.0', seed: 7, scenario, years: 12 });
    expect(hash).toMatch(/^v=0\.1\.0&seed=7&years=12&s=[\w-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(scenario).length * 0.6);
    expect(await decodeShare(`#${hash}`)).toEqual({ engineVersion: '0.1.0', seed: 7, years: 12, scenario });
  });
  it('a hash without data is no shared run; corrupt data throws', async () => {
    expect(await decodeShare('#foo=1')).toBeNull();
    await expect(decodeShare('#v=1&s=AAAA')).rejects.toThrow();
  });
});

describe('pinned-run labels', () => {
  it('name the differing fields, seed and horizon', () => {
    const a = { name: 'x', params: { barrier: 0.5 } }, b = { name: 'x', params: { barrier: 0 } };
    expect(diffLabels(a, b)).toEqual(['params.barrier 0']);
    expect(pinLabel({ scenario: b, seed: 2, years: 20 }, { scenario: a, seed: 1 })).toBe('params.barrier 0, seed 2, 20 years');
    expect(pinLabel({ scenario: a, seed: 1 }, { scenario: a, seed: 1 })).toBe('same run');
    expect(pinLabel({ scenario: { name: 'gba' }, seed: 1 }, { scenario: a, seed: 1 })).toBe('gba');
  });
});

describe('replication summaries', () => {
  it('quantiles interpolate like R type 7: q10 of 1..5 is 1.4', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
  });
  it('band per year and peak-year histogram', () => {
    const runs = [
      { seed: 1, cv: [1, 2, 3], peak: { year: 2001, cv: 2 } },
      { seed: 2, cv: [3, 4, 5], peak: { year: 2001, cv: 4 } },
      { seed: 3, cv: [2, 3, 4], peak: null },
    ];
    expect(band(runs)).toEqual({ mean: [2, 3, 4], lo: [1.2, 2.2, 3.2].map((v) => expect.closeTo(v, 12)), hi: [2.8, 3.8, 4.8].map((v) => expect.closeTo(v, 12)) });
    expect(peakHistogram(runs)).toEqual({ bins: [{ year: 2001, n: 2 }], none: 1 });
  });
});

describe('scenario paths and validator messages', () => {
  it('set a copy, read back', () => {
    const a = { params: { trade: { costPer100Km: 0.6 } } };
    const b = setPath(a, 'params.trade.costPer100Km', 0.3);
    expect(getPath(b, 'params.trade.costPer100Km')).toBe(0.3);
    expect(getPath(a, 'params.trade.costPer100Km')).toBe(0.6);
    expect(getPath(setPath({}, 'params.barrier', 0), 'params.barrier')).toBe(0);
  });
  it('split dotted, JSON-pointer and bracket paths', () => {
    expect(splitProblem('/params/barrier: must be number')).toEqual({ path: 'params.barrier', reason: 'must be number' });
    expect(splitProblem('events[2].year: too late')).toEqual({ path: 'events.2.year', reason: 'too late' });
    expect(splitProblem('(root): must be an object')).toEqual({ path: '', reason: 'must be an object' });
    expect(problemsAt(['/params/barrier: x', 'params.barrierCost: y', 'params.barrier.z: w'], 'params.barrier')).toEqual(['/params/barrier: x', 'params.barrier.z: w']);
  });
});

describe('messages', () => {
  it('fill placeholders and keep unknown ones', () => {
    expect(t('readout.peakValue', { year: 2013, cv: '0.1222' })).toBe('2013 (CV 0.1222)');
    expect(t('rep.progress', { done: 1 })).toBe('1 of {total} runs done');
  });
});
