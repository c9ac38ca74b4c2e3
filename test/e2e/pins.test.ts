import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, waitStatus, SHOTS, appData } from './browser';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate } from '../../src/sim';

const base = inject('baseUrl');
const YEARS = 12;

/** The bell chart's series labels, in drawing order (uPlot draws series in order: first = behind). */
const legend = (page: Page) => page.locator('bell-curve-chart .u-legend .u-series .u-label').allTextContents();
/** The bell chart's aligned data (x, then every series in drawing order). */
const chartData = (page: Page) => page.locator('bell-curve-chart').evaluate((el) => (el as unknown as { data(): (number | null)[][] }).data());

describe('pinned runs', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('a pinned run is drawn behind the current one, labelled with what differs', async () => {
    await page.goto(`${base}?years=${YEARS}`);
    await waitStatus(page, ['done']);
    const first = simulate(shippedScenario('teaching'), { seed: 1, years: YEARS });
    const firstCv = Array.from(first.series.metrics.cv.subarray(0, YEARS));
    expect(shippedScenario('teaching').params.barrier).toBe(0.5);

    await page.click('[data-testid="pin"]');
    await page.locator('[data-testid="clear-pins"]').waitFor();
    await page.click('[data-testid="tab-scenario"]');
    const barrier = page.locator('[data-testid="param-barrier"]');
    await barrier.fill('0');
    await barrier.press('Enter');
    await page.locator('[data-testid="apply"]:not([disabled])').click();
    await page.waitForFunction((cv) => { const d = document.querySelector('spillover-app')?.dataset; return d?.status === 'done' && d.cv !== cv; }, String(firstCv[YEARS - 1]));

    const labels = await legend(page);
    const pinned = labels.findIndex((l) => l.includes('params.barrier 0.5'));
    const current = labels.findIndex((l, i) => i > 0 && i !== pinned);
    expect(labels).toHaveLength(3);
    expect(pinned).toBe(1);
    expect(current).toBe(2);
    const data = await chartData(page);
    expect(data[1]).toEqual(firstCv);
    expect(data[2][YEARS - 1]).toBe(Number(await appData(page, 'cv')));
    expect(data[2]).not.toEqual(firstCv);
    await page.locator('bell-curve-chart').screenshot({ path: `${SHOTS}/pinned.png` });
    expect(errors).toEqual([]);
  });

  it('pinned runs and the edited scenario survive a reload', async () => {
    const cvBefore = await appData(page, 'cv');
    await page.reload();
    await waitStatus(page, ['done']);
    expect(await appData(page, 'cv')).toBe(cvBefore);
    const labels = await legend(page);
    expect(labels).toHaveLength(3);
    expect(labels[1]).toContain('params.barrier 0.5');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('spillover.pins') ?? '[]') as { seed: number; cv: number[] }[]);
    expect(stored).toHaveLength(1);
    expect(stored[0].seed).toBe(1);
    expect(stored[0].cv).toHaveLength(YEARS);

    await page.click('[data-testid="clear-pins"]');
    await page.locator('[data-testid="clear-pins"]').waitFor({ state: 'detached' });
    expect(await legend(page)).toHaveLength(2);
    await page.reload();
    await waitStatus(page, ['done']);
    expect(await legend(page)).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
