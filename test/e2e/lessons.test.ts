// The teaching layer end to end: every lesson walked first to last step, the tomahawk's marked
// thresholds against the formulas, the lesson deep link, presentation keys, and the glossary.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, testText, waitStatus, SHOTS, appData } from './browser';
import { LESSONS } from '../../src/ui/lessons';
import type { LessonStep } from '../../src/ui/lessons/types';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';

const base = inject('baseUrl');
const panel = (page: Page) => page.locator('lesson-panel');
const panelData = (page: Page, key: string) => panel(page).evaluate((el, k) => (el.shadowRoot?.querySelector('[data-testid=lesson-panel]') as HTMLElement | null)?.dataset[k] ?? '', key);

/** Every shipped scenario a step runs (its own and its prediction's baselines). */
function needed(step: LessonStep): string[] {
  const a = step.action;
  const judged = a.kind === 'predict' ? (a.judge.kind === 'highestPeak' ? a.judge.others : a.judge.kind === 'shockHit' ? [] : [a.judge.baseline]) : [];
  return [step.setup, ...judged].flatMap((s) => (s ? [s.scenario] : []));
}

/** Waits until the step shown is `step` and its run (if any) is set up, or the step says its scenario is missing. */
async function settle(page: Page, step: number): Promise<void> {
  await page.waitForFunction((s) => {
    const root = document.querySelector('spillover-app')?.shadowRoot?.querySelector('lesson-panel')?.shadowRoot?.querySelector<HTMLElement>('[data-testid=lesson-panel]');
    return root?.dataset.step === String(s);
  }, step);
  await waitStatus(page, ['idle', 'paused', 'done', 'running']);
}

describe('guided lessons, end to end', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; }, { init: async (page) => { await page.addInitScript(() => localStorage.setItem('spillover.lang', 'en')); } });

  it('the lesson list has six entries; choosing one opens its first step', async () => {
    await page.goto(`${base}?years=12&play=0`);
    await waitStatus(page, ['idle']);
    await page.click('[data-testid="tab-lessons"]');
    expect(await page.locator('[data-testid="lesson"]').count()).toBe(6);
    await page.screenshot({ path: `${SHOTS}/lesson-list.png`, fullPage: true });
    await page.locator('[data-testid="lesson"]').nth(2).click();
    await settle(page, 1);
    expect(await panelData(page, 'lesson')).toBe('3');
    expect(new URL(page.url()).search).toContain('lesson=3&step=1');
  });

  it('a "change one thing" step says what the student changed since the step began', async () => {
    await page.goto(`${base}?lesson=1&step=4&years=12`);
    await settle(page, 4);
    const changed = panel(page).locator('[data-testid="lesson-changed"]');
    expect(await changed.textContent()).toContain('Nothing changed yet');
    const housing = page.locator('[data-testid="param-housingShare"]');
    await housing.fill('0.25');
    await housing.press('Enter');
    await page.locator('[data-testid="apply"]:not([disabled])').click();
    await page.waitForFunction(() => /housingShare/.test(document.querySelector('spillover-app')?.shadowRoot?.querySelector('lesson-panel')
      ?.shadowRoot?.querySelector('[data-testid=lesson-changed]')?.textContent ?? ''));
    expect(await changed.textContent()).toContain('You changed params.housingShare 0.25');
    expect(errors).toEqual([]);
  });

  for (const lesson of LESSONS) {
    it(`lesson ${lesson.id} can be walked from the first to the last step with no console error`, async () => {
      await page.goto(`${base}?lesson=${lesson.id}&step=1&years=12&speed=0`);
      for (let k = 1; k <= lesson.steps.length; k++) {
        await settle(page, k);
        const step = lesson.steps[k - 1];
        const missing = await panel(page).locator('[data-testid="lesson-missing"]').count();
        expect(missing > 0).toBe(needed(step).some((name) => !(name in SHIPPED_SCENARIOS)));
        if (step.action.kind === 'tomahawk') await page.waitForSelector('tomahawk-chart[ready]', { timeout: 120_000 });
        if (step.action.kind === 'play' && !missing) {
          await waitStatus(page, ['idle', 'done']);
          if (await appData(page, 'status') === 'idle') await panel(page).locator('[data-testid="lesson-play"]').click();
          await waitStatus(page, ['done']);
          expect(await panel(page).locator('[data-testid="lesson-run-done"]').count()).toBe(1);
        }
        if (k === 1 || step.action.kind === 'tomahawk') await page.screenshot({ path: `${SHOTS}/lesson-${lesson.id}-step-${k}.png` });
        if (k < lesson.steps.length) await panel(page).locator('[data-testid="lesson-next"]').click();
      }
      expect(await panel(page).locator('[data-testid="lesson-next"]').isDisabled()).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it('a prediction is locked in before the run and checked against the engine after it', async () => {
    await page.goto(`${base}?lesson=1&step=3&years=40`);
    await settle(page, 3);
    const choice = panel(page).locator('[data-testid="choice"][value="later"]');
    await choice.check();
    await panel(page).locator('[data-testid="lock"]').click();
    await waitStatus(page, ['done'], 60_000);
    const feedback = panel(page).locator('[data-testid="feedback"]');
    await feedback.waitFor({ timeout: 60_000 });
    expect(['earlier', 'later', 'none']).toContain(await feedback.getAttribute('data-answer'));
    expect(await feedback.textContent()).toContain('Baseline');
    expect(await panel(page).locator('[data-testid="choice"]').first().isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/lesson-feedback.png` });
    expect(errors).toEqual([]);
  });
});

describe('the tomahawk lesson', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('marks the break and sustain points found by the engine within 2% of the analytic values', async () => {
    await page.goto(`${base}?lesson=2&step=2`);
    const chart = page.locator('tomahawk-chart[ready]');
    await chart.waitFor({ timeout: 120_000 });
    const d = await chart.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    const rel = (a?: string, b?: string) => Math.abs(Number(a) / Number(b) - 1);
    expect(Number(d.breakAnalytic)).toBeCloseTo(1 / 7, 12);
    expect(Number(d.sustainAnalytic)).toBeCloseTo(0.093727, 5);
    expect(rel(d.breakSimulated, d.breakAnalytic)).toBeLessThan(0.02);
    expect(rel(d.sustainSimulated, d.sustainAnalytic)).toBeLessThan(0.02);
    // Hysteresis: the sustain point lies below the break point.
    expect(Number(d.sustainSimulated)).toBeLessThan(Number(d.breakSimulated));
    await page.screenshot({ path: `${SHOTS}/tomahawk.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
