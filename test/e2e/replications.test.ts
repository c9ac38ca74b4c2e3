import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, waitStatus, SHOTS } from './browser';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate } from '../../src/sim';
import { findPeak } from '../../src/sim/metrics/peak';
import { band } from '../../src/ui/replication-stats';

const base = inject('baseUrl');
const YEARS = 35;
const SEEDS = [1, 2, 3, 4];
const nums = (s: string | null) => (s ? s.split(',').map(Number) : []);

/** The same replications in Node: each seed's CV column and turning point. */
function nodeReplications() {
  return SEEDS.map((seed) => {
    const w = simulate(shippedScenario('teaching'), { seed, years: YEARS });
    const n = w.series.length;
    const cv = Array.from(w.series.metrics.cv.subarray(0, n));
    const p = findPeak(w.series.year.subarray(0, n), w.series.metrics.cv.subarray(0, n));
    return { seed, cv, peak: p ? { year: p.year, cv: p.cv } : null };
  });
}

describe('replications in the page', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('runs the scenario for several seeds on the worker pool: mean curve, 10–90% band and peak-year histogram', async () => {
    await page.goto(`${base}?years=${YEARS}&play=0`);
    await waitStatus(page, ['idle']);
    await page.click('[data-testid="tab-replications"]');
    const count = page.locator('[data-testid="rep-count"]');
    await count.fill(String(SEEDS.length));
    await count.press('Enter');
    await page.click('[data-testid="rep-run"]');
    const plot = page.locator('[data-testid="rep-band"]');
    await page.locator(`[data-testid="rep-band"][data-runs="${SEEDS.length}"]`).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="rep-run"]:not([disabled])').waitFor();

    const expected = nodeReplications();
    const b = band(expected);
    expect(nums(await plot.getAttribute('data-seeds')).sort()).toEqual(SEEDS);
    // Every browser run matches Node bit for bit, so the summaries do too.
    expect(nums(await plot.getAttribute('data-mean'))).toEqual(b.mean);
    expect(nums(await plot.getAttribute('data-lo'))).toEqual(b.lo);
    expect(nums(await plot.getAttribute('data-hi'))).toEqual(b.hi);
    expect(b.mean).toHaveLength(YEARS);
    expect(b.lo.every((lo, t) => lo <= b.mean[t] && b.mean[t] <= b.hi[t])).toBe(true);
    // The chart: uPlot canvas with the band's two edges and the mean.
    expect(await page.locator('replication-panel canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('replication-panel .u-legend .u-series').count()).toBe(4);

    // Peak years of seeds 1–4 over 35 years (engine 0.6.0): 2010, 2011, 2010, 2010; the
    // histogram counts the Node runs' peak years.
    expect(expected.map((r) => r.peak?.year)).toEqual([2010, 2011, 2010, 2010]);
    const counts = new Map<number, number>();
    for (const r of expected) if (r.peak) counts.set(r.peak.year, (counts.get(r.peak.year) ?? 0) + 1);
    const bars = await page.locator('[data-testid="rep-histogram"] rect').evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('data-year')), Number(r.getAttribute('data-n'))]));
    expect(bars).toEqual([...counts].sort((a, b) => a[0] - b[0]));
    await page.screenshot({ path: `${SHOTS}/replications.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('replications can be cancelled mid-way and run again', async () => {
    const count = page.locator('[data-testid="rep-count"]');
    await count.fill('12');
    await count.press('Enter');
    await page.click('[data-testid="rep-run"]');
    await page.locator('[data-testid="rep-cancel"]:not([disabled])').click();
    await page.locator('[data-testid="rep-run"]:not([disabled])').waitFor();
    const runs = Number(await page.locator('[data-testid="rep-band"]').getAttribute('data-runs'));
    expect(runs).toBeLessThan(12);
    await count.fill('2');
    await count.press('Enter');
    await page.click('[data-testid="rep-run"]');
    await page.locator('[data-testid="rep-band"][data-runs="2"]').waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
