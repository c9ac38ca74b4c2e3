import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, openBrowser, testText, waitStatus, SHOTS, appData, type Session } from './browser';

const base = inject('baseUrl');
const year = async (page: Page) => Number(await appData(page, 'year'));

describe('cancel at any time', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('a running run stops at once and stays stopped; the page stays usable', async () => {
    await page.goto(`${base}?speed=10`);
    await page.waitForFunction(() => Number(document.querySelector('spillover-app')?.dataset.year) >= 1992);
    await page.click('[data-testid="cancel"]');
    await waitStatus(page, ['cancelled']);
    const stopped = await year(page);
    expect(stopped).toBeLessThan(1990 + 59);
    await page.waitForTimeout(600);
    expect(await year(page)).toBe(stopped);
    expect(await page.locator('[data-testid="cancel"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="play"]').isDisabled()).toBe(true);
    // The pinned and exported views still work on the cancelled run.
    expect(await page.locator('[data-testid="pin"]').isEnabled()).toBe(true);
    await page.click('[data-testid="tab-export"]');
    expect(await page.locator('[data-testid="export-csv"]').isEnabled()).toBe(true);

    // A new run (another seed, a short horizon) starts on a fresh worker and finishes.
    const seed = page.locator('[data-testid="seed"]');
    await seed.fill('2');
    await seed.press('Enter');
    await page.waitForFunction(() => Number(document.querySelector('spillover-app')?.dataset.year) >= 1991);
    const horizon = page.locator('[data-testid="years"]');
    await horizon.fill('6');
    await horizon.press('Enter');
    await waitStatus(page, ['done']);
    expect(await year(page)).toBe(1995);
    expect(await testText(page, 'status')).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('a run can be cancelled while paused, and reset brings it back', async () => {
    const horizon = page.locator('[data-testid="years"]');
    await horizon.fill('30');
    await horizon.press('Enter');
    await page.waitForFunction(() => Number(document.querySelector('spillover-app')?.dataset.year) >= 1991);
    await page.click('[data-testid="pause"]');
    await waitStatus(page, ['paused']);
    await page.click('[data-testid="cancel"]');
    await waitStatus(page, ['cancelled']);
    await page.click('[data-testid="reset"]');
    await waitStatus(page, ['idle']);
    await page.click('[data-testid="step"]');
    await page.waitForFunction(() => document.querySelector('spillover-app')?.dataset.year === '1990');
    expect(errors).toEqual([]);
  });
});

describe('a worker error is shown in the page with a restart', () => {
  let session: Session;
  beforeAll(async () => { session = await openBrowser(); });
  afterAll(() => session.close());

  /** The page still shows its frame (header, controls, chart section) and the error section. */
  async function expectErrorShown(page: Page): Promise<string> {
    await waitStatus(page, ['error']);
    await page.locator('[data-testid="error"]').waitFor();
    expect(await page.locator('header h1').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="bell-section"]').isVisible()).toBe(true);
    expect(await page.locator('run-controls [data-testid="status"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="restart"]').isEnabled()).toBe(true);
    return (await page.locator('[data-testid="error"] pre').textContent()) ?? '';
  }

  /** Restart runs the scenario to its last year `lastYear` with a fresh worker; the error is gone. */
  async function expectRestartRuns(page: Page, lastYear: number): Promise<void> {
    await page.click('[data-testid="restart"]');
    await waitStatus(page, ['done']);
    expect(await year(page)).toBe(lastYear);
    expect(await page.locator('[data-testid="error"]').count()).toBe(0);
  }

  it('a worker that fails mid-run: the error is shown, and restart runs the scenario again', async () => {
    const { page, errors } = await session.page();
    await page.goto(`${base}?years=12&fault=run`);
    const message = await expectErrorShown(page);
    expect(message.length).toBeGreaterThan(0);
    expect(await year(page)).toBeGreaterThanOrEqual(1990);
    await page.screenshot({ path: `${SHOTS}/worker-error.png` });
    await expectRestartRuns(page, 2001);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a worker that dies silently (no error event, no answer): the watchdog shows it, and restart runs again', async () => {
    const { page, errors } = await session.page();
    await page.goto(`${base}?years=12&fault=hang&watchdog=2000`);
    const message = await expectErrorShown(page);
    expect(message).toContain('has not answered for 2 s');
    await expectRestartRuns(page, 2001);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a worker that fails to start: the error is shown, and restart starts a working one', async () => {
    const { page, errors } = await session.page();
    await page.goto(`${base}?years=8&fault=start`);
    const message = await expectErrorShown(page);
    expect(message.length).toBeGreaterThan(0);
    await expectRestartRuns(page, 1997);
    // The browser logs the failed worker script load; nothing else.
    expect(errors.filter((e) => !/no-such-worker|Failed to load|MIME type|status of 404/i.test(e))).toEqual([]);
    await page.close();
  });
});
