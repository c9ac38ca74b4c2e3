import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, testText, waitStatus, waitFirstYear, SHOTS, appData } from './browser';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash } from '../../src/sim';
import { traceMainThread, checkLongTasks, LONG_TASKS } from './main-thread';

const base = inject('baseUrl');

describe('the default scenario, end to end', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; }, { init: async (page) => { await page.addInitScript(LONG_TASKS); } });

  it('loads and runs the default scenario without a console error: the year advances and the CV changes', async () => {
    const trace = await traceMainThread(page.context(), page);
    await page.goto(base);
    await waitFirstYear(page);
    const t0 = await page.evaluate(() => { performance.mark('run-start'); return performance.now(); });
    const year0 = Number(await testText(page, 'year'));
    const cv0 = await testText(page, 'cv');
    await page.waitForFunction((y) => Number(document.querySelector('spillover-app')?.dataset.year) >= y + 5, year0);
    // Steady running: every view has had its first render with data; from here on the frame loop only updates them.
    for (const sel of ['cluster-map circle', '[data-testid="lq-table"]', 'series-chart >> nth=1 >> canvas']) await page.locator(sel).first().waitFor();
    const t1 = await page.evaluate(() => { performance.mark('steady-start'); return performance.now(); });
    expect(Number(await testText(page, 'year'))).toBeGreaterThan(year0);
    expect(await testText(page, 'cv')).not.toBe(cv0);

    await waitStatus(page, ['done'], 90_000);
    await page.evaluate(() => performance.mark('run-end'));
    await page.screenshot({ path: `${SHOTS}/running.png` });
    const { tasks, marks } = await trace.stop(['run-start', 'steady-start', 'run-end']);
    const observed = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
    checkLongTasks('longtasks', observed, tasks, marks, { t0, t1 });
    expect(errors).toEqual([]);
  });

  it('after the run the peak readout shows a year inside the horizon', async () => {
    const peak = await testText(page, 'peak');
    const year = Number(/^(\d{4})/.exec(peak)?.[1]);
    expect(year).toBeGreaterThan(1990);
    expect(year).toBeLessThan(1990 + 60 - 1);
    await page.screenshot({ path: `${SHOTS}/main-view.png` });
  });

  // Chromium's Math.exp/log/pow differ from Node's in the last bit; the engine uses its own
  // (src/sim/math.ts), so the browser worker and Node produce the same bits.
  it('the browser worker reproduces the Node run bit for bit (run hash and final CV)', async () => {
    const w = simulate(shippedScenario('teaching'), { seed: 1 });
    expect(await appData(page, 'hash')).toBe(runHash(w));
    expect(Number(await appData(page, 'cv'))).toBe(w.series.metrics.cv[w.series.length - 1]);
  });

  it('saves screenshots of every view, wide and narrow', async () => {
    for (const tab of ['structure', 'scenario', 'replications', 'export']) {
      await page.click(`[data-testid="tab-${tab}"]`);
      await page.locator(`[data-testid="panel-${tab}"]`).waitFor();
      await page.screenshot({ path: `${SHOTS}/tab-${tab}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 420, height: 900 });
    await page.click('[data-testid="tab-structure"]');
    await page.screenshot({ path: `${SHOTS}/narrow.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(errors).toEqual([]);
  });
});

describe('run controls', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('pause stops the year, step adds one year, reset returns to the start', async () => {
    await page.goto(`${base}?years=40&speed=5`);
    await page.waitForFunction(() => Number(document.querySelector('spillover-app')?.dataset.year) >= 1992);
    await page.click('[data-testid="pause"]');
    await waitStatus(page, ['paused']);
    const paused = await testText(page, 'year');
    await page.waitForTimeout(700);
    expect(await testText(page, 'year')).toBe(paused);

    await page.click('[data-testid="step"]');
    await page.waitForFunction((y) => document.querySelector('spillover-app')?.dataset.year === String(y), Number(paused) + 1);
    expect(await testText(page, 'year')).toBe(String(Number(paused) + 1));

    await page.click('[data-testid="reset"]');
    await waitStatus(page, ['idle']);
    expect(await testText(page, 'year')).toBe('1990');
    expect(await testText(page, 'cv')).toBe('—');
    await page.click('[data-testid="play"]');
    await page.waitForFunction(() => Number(document.querySelector('spillover-app')?.dataset.year) >= 1991);
    await page.click('[data-testid="cancel"]');
    await waitStatus(page, ['cancelled']);
    expect(errors).toEqual([]);
  });
});
