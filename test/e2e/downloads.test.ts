import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser, waitStatus, type Session } from './browser';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash, METRIC_NAMES } from '../../src/sim';

const base = inject('baseUrl');
const YEARS = 10;

/** Clicks `testid` and returns the downloaded file's suggested name and bytes. */
async function downloadOf(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('downloads', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  const node = simulate(shippedScenario('teaching'), { seed: 3, years: YEARS });
  beforeAll(async () => {
    session = await openBrowser();
    ({ page, errors } = await session.page());
    await page.goto(`${base}?years=${YEARS}&seed=3`);
    await waitStatus(page, ['done']);
    await page.click('[data-testid="tab-export"]');
  });
  afterAll(() => session.close());

  it('the series as CSV: a header naming every column, one row a year', async () => {
    const { name, bytes } = await downloadOf(page, 'export-csv');
    expect(name).toBe('teaching-seed3.csv');
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    const cities = node.cityNames;
    expect(lines[0]).toBe(['year', ...METRIC_NAMES, ...cities.map((c) => `gdpPerCapita:${c}`), ...cities.map((c) => `population:${c}`)].join(','));
    expect(lines).toHaveLength(YEARS + 1);
    const last = lines[YEARS].split(',').map(Number);
    expect(last[0]).toBe(node.series.year[YEARS - 1]);
    expect(last[1 + METRIC_NAMES.indexOf('cv')]).toBe(node.series.metrics.cv[YEARS - 1]);
  });

  it('the run as JSON: parses, with the run\'s seed, hash and engine version', async () => {
    const { name, bytes } = await downloadOf(page, 'export-json');
    expect(name).toBe('teaching-seed3.json');
    const run = JSON.parse(bytes.toString('utf8')) as { seed: number; hash: string; engineVersion: string; years: number[]; metrics: Record<string, number[]>; scenario: { name: string } };
    expect(run.seed).toBe(3);
    expect(run.hash).toBe(runHash(node));
    expect(run.hash).toBe(await page.locator('[data-testid="hash"]').textContent());
    expect(run.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.years).toHaveLength(YEARS);
    expect(run.metrics.cv).toEqual(Array.from(node.series.metrics.cv.subarray(0, YEARS)));
    expect(run.scenario.name).toBe('teaching');
  });

  it('the bell curve chart as a PNG', async () => {
    const { name, bytes } = await downloadOf(page, 'png');
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height of the chart's canvas (at least the 280 px minimum width).
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(280);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
    expect(bytes.length).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
  });
});
