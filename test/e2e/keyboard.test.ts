import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, waitStatus } from './browser';

const base = inject('baseUrl');

/** data-testid of the focused element, looking through open shadow roots. */
const focused = (page: Page) => page.evaluate(() => {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? '';
});

/** Presses Tab until the element with `testid` has focus (at most `max` presses); the testids passed on the way. */
async function tabTo(page: Page, testid: string, max = 40): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await focused(page);
    seen.push(id);
    if (id === testid) return seen;
  }
  throw new Error(`Tab never reached ${testid}; reached ${seen.join(', ')}`);
}

describe('keyboard', () => {
  let page: Page;
  let errors: string[];
  usePage((p, e) => { page = p; errors = e; });

  it('Tab reaches play, step, reset and seed, in that order, and each has an accessible name', async () => {
    await page.goto(`${base}?years=6&play=0`);
    await waitStatus(page, ['idle']);
    const seen = await tabTo(page, 'seed');
    const order = ['play', 'step', 'reset', 'seed'].map((id) => seen.indexOf(id));
    expect(order.every((k) => k >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [id, role] of [['play', 'button'], ['step', 'button'], ['reset', 'button'], ['cancel', 'button'], ['seed', 'spinbutton'], ['years', 'spinbutton'], ['speed', 'combobox']]) {
      const snap = await page.locator(`run-controls [data-testid="${id}"]`).ariaSnapshot();
      expect(snap, id).toMatch(new RegExp(`^- ${role} "[^"]+"`));
    }
  });

  it('the focused controls work from the keyboard: Enter steps a year, Space plays, then pause has a name too', async () => {
    await page.locator('run-controls [data-testid="step"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('spillover-app')?.dataset.year === '1990');
    await page.locator('run-controls [data-testid="play"]').focus();
    await page.keyboard.press('Space');
    await waitStatus(page, ['running', 'done']);
    await waitStatus(page, ['done']);
    expect(await page.evaluate(() => document.querySelector('spillover-app')?.dataset.year)).toBe('1995');
    await page.goto(`${base}?years=40&speed=1`);
    await waitStatus(page, ['running']);
    expect(await page.locator('run-controls [data-testid="pause"]').ariaSnapshot()).toMatch(/^- button "[^"]+"/);
    expect(errors).toEqual([]);
  });
});
