import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, testText, waitStatus, SHOTS, appData, type Session } from './browser';
import { validateScenario } from '../../src/scenario/parse';

const base = inject('baseUrl');

describe('scenario edits, share links and imports', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let editedCv = '';
  beforeAll(async () => {
    session = await openBrowser();
    ({ page, errors } = await session.page());
  });
  afterAll(() => session.close());

  it('a changed parameter changes the result', async () => {
    await page.goto(`${base}?years=12`);
    await waitStatus(page, ['done']);
    const before = await appData(page, 'cv');
    await page.click('[data-testid="tab-scenario"]');
    const barrier = page.locator('[data-testid="param-barrier"]');
    await barrier.fill('0');
    await barrier.press('Enter');
    await page.locator('[data-testid="apply"]:not([disabled])').click();
    await page.waitForFunction((cv) => { const d = document.querySelector('spillover-app')?.dataset; return d?.status === 'done' && d.cv !== cv; }, before);
    editedCv = await appData(page, 'cv');
    expect(editedCv).not.toBe(before);
    expect(Number(editedCv)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/scenario-edited.png`, fullPage: true });
  });

  it('a shared link reproduces the same final CV, and one from another engine version warns', async () => {
    await page.click('[data-testid="tab-export"]');
    await page.click('[data-testid="share"]');
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    expect(link).toMatch(/#v=[^&]+&seed=1&years=12&s=[\w-]+$/);
    expect(link.length).toBeLessThan(3000);

    const other = await session.context.newPage();
    await other.goto(link);
    await waitStatus(other, ['done']);
    expect(await appData(other, 'cv')).toBe(editedCv);
    expect(await other.locator('[data-testid="banner"]').count()).toBe(0);

    await other.goto('about:blank');
    await other.goto(link.replace(/#v=[^&]+/, '#v=0.0.0-old'));
    await other.locator('[data-testid="banner"]').waitFor();
    expect(await testText(other, 'banner')).toContain('0.0.0-old');
    await waitStatus(other, ['done']);
    expect(await appData(other, 'cv')).toBe(editedCv);
    await other.close();
  });

  it('an invalid imported scenario shows the validator\'s messages and leaves the scenario untouched', async () => {
    await page.click('[data-testid="tab-scenario"]');
    const bad = { name: 42, cities: [{ name: 'Solo', x: 0, y: 0, area: 1, population: 1 }], params: { barrier: 'high' } };
    const expected = validateScenario(bad);
    expect(expected.length).toBeGreaterThan(0);
    const barrierBefore = await page.locator('[data-testid="param-barrier"]').inputValue();
    await page.locator('[data-testid="import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.locator('[data-testid="import-message"]').waitFor();
    expect(await testText(page, 'import-message')).toContain('Not imported');
    const shown = await page.locator('scenario-panel').evaluate((el) => el.shadowRoot?.textContent ?? '');
    for (const p of expected) {
      const k = p.indexOf(': ');
      expect(shown).toContain(p.slice(k + 2));
    }
    expect(await page.locator('[data-testid="param-barrier"]').inputValue()).toBe(barrierBefore);
    expect(await appData(page, 'cv')).toBe(editedCv);
    expect(await appData(page, 'status')).toBe('done');
    await page.screenshot({ path: `${SHOTS}/import-invalid.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
