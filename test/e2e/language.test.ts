// Languages, deep links, presentation mode and the glossary, end to end.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, testText, waitStatus, SHOTS, appData } from './browser';

const base = inject('baseUrl');

describe('two languages', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('switching language changes the visible text and keeps the run (year, CV, status)', async () => {
    await page.goto(`${base}?years=15`);
    await page.selectOption('[data-testid="lang"]', 'en');
    await waitStatus(page, ['done']);
    const year = await testText(page, 'year'), cv = await testText(page, 'cv'), hash = await appData(page, 'hash');
    expect(await testText(page, 'status')).toBe('Finished');
    await page.selectOption('[data-testid="lang"]', 'zh');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(await testText(page, 'status')).toBe('已完成');
    expect(await page.locator('[data-testid="tab-structure"]').textContent()).toBe('产业结构');
    expect(await page.locator('[data-testid="map"] text').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await testText(page, 'year')).toBe(year);
    expect(await testText(page, 'cv')).toBe(cv);
    expect(await appData(page, 'hash')).toBe(hash);
    expect(await appData(page, 'status')).toBe('done');
    await page.screenshot({ path: `${SHOTS}/main-zh.png`, fullPage: true });
  });

  it('the choice is remembered across a reload, and switching back restores English', async () => {
    await page.reload();
    await page.waitForFunction(() => document.querySelector('spillover-app')?.dataset.lang === 'zh');
    expect(await page.locator('[data-testid="lang"]').inputValue()).toBe('zh');
    await page.selectOption('[data-testid="lang"]', 'en');
    await page.waitForFunction(() => document.querySelector('spillover-app')?.dataset.lang === 'en');
    expect(await page.locator('[data-testid="tab-structure"]').textContent()).toBe('Structure');
    expect(errors).toEqual([]);
  });
});

describe('lesson links, presentation mode and the glossary', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; }, { init: async (page) => { await page.addInitScript(() => localStorage.setItem('spillover.lang', 'en')); } });

  const step = (p: Page) => p.locator('lesson-panel').evaluate((el) => (el.shadowRoot?.querySelector('[data-testid=lesson-panel]') as HTMLElement).dataset.step);

  it('a lesson link opens the right step', async () => {
    await page.goto(`${base}?lesson=3&step=2&years=10`);
    await page.locator('lesson-panel [data-testid="lesson-step"]').waitFor();
    expect(await page.locator('lesson-panel [data-testid="lesson-step"]').textContent()).toBe('Step 2 of 3');
    expect(await step(page)).toBe('2');
    await waitStatus(page, ['idle']);
  });

  it('presentation mode hides the controls and moves through steps with the keyboard', async () => {
    await page.goto(`${base}?lesson=1&step=1&years=10&present=1`);
    await waitStatus(page, ['idle']);
    expect(await page.evaluate(() => document.querySelector('spillover-app')?.hasAttribute('present'))).toBe(true);
    expect(await page.locator('[data-testid="play"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="tab-structure"]').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/present.png` });
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '2');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '3');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '2');
    expect(await step(page)).toBe('2');
    await page.click('[data-testid="present"]');
    expect(await page.locator('[data-testid="play"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the (i) buttons open the glossary: formula in MathML and a worked example on this run', async () => {
    await page.goto(`${base}?years=20`);
    await waitStatus(page, ['done']);
    const cv = await testText(page, 'cv');
    await page.locator('run-controls [data-testid="info-cv"]').click();
    const glossary = page.locator('glossary-panel [data-testid="glossary"]');
    await glossary.waitFor();
    expect(await glossary.getAttribute('data-term')).toBe('cv');
    expect(await page.locator('glossary-panel math mfrac').first().evaluate((el) => el.namespaceURI)).toBe('http://www.w3.org/1998/Math/MathML');
    expect(await page.locator('glossary-panel [data-testid="glossary-example"]').textContent()).toContain(`CV = σ / ȳ = ${cv}`);
    for (const term of ['williamson', 'theil', 'gini', 'turningPoint', 'lq', 'diversity', 'jacobs', 'krugman', 'moran', 'martin']) {
      await page.click(`glossary-panel [data-testid="glossary-${term}"]`);
      await page.waitForFunction((t) => document.querySelector('spillover-app')?.shadowRoot?.querySelector('glossary-panel')?.shadowRoot?.querySelector('[data-testid=glossary]')?.getAttribute('data-term') === t, term);
      expect((await page.locator('glossary-panel [data-testid="glossary-example"]').textContent())?.trim().length).toBeGreaterThan(10);
    }
    await page.click('glossary-panel [data-testid="glossary-krugman"]');
    await page.waitForFunction(() => /K = \d/.test(document.querySelector('spillover-app')?.shadowRoot?.querySelector('glossary-panel')?.shadowRoot?.querySelector('[data-testid=glossary-example]')?.textContent ?? ''));
    await page.screenshot({ path: `${SHOTS}/glossary.png` });
    await page.click('glossary-panel [data-testid="glossary-close"]');
    expect(await page.locator('glossary-panel').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
