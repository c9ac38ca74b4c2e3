// Debian's Chromium through playwright-core, with the flags verified on this machine.
import { beforeAll, afterAll } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where screenshots go (git-ignored). */
export const SHOTS = '.ci-out/screenshots';

export interface Session {
  context: BrowserContext;
  /** A fresh page that records console errors and page errors into `errors`. */
  page(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 720 }): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'spillover-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport,
  });
  return {
    context,
    async page() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app root's data attribute `key` (status, year, cv, hash, firms, lang), '' when absent. */
export function appData(page: Page, key: string): Promise<string> {
  return page.evaluate((k) => document.querySelector('spillover-app')?.dataset[k] ?? '', key);
}

/** Waits until the app shows its first simulated year (a run has started and drawn). */
export async function waitFirstYear(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => /^\d{4}$/.test(document.querySelector('spillover-app')?.dataset.year ?? ''), undefined, { timeout });
}

/** Text of an element by data-testid (Playwright CSS pierces open shadow roots). */
export async function testText(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-testid="${id}"]`).first().textContent())?.trim() ?? '';
}

/** Waits until the app's status attribute is one of `statuses`. */
export async function waitStatus(page: Page, statuses: string[], timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => s.includes(document.querySelector('spillover-app')?.dataset.status ?? ''), statuses, { timeout });
}

/**
 * A browser page for the enclosing `describe` block: opened before its tests (recording console
 * and page errors; `init` runs once on the new page, e.g. to add an init script), closed after.
 * `assign` receives the page and its error list.
 */
export function usePage(assign: (page: Page, errors: string[]) => void,
  opts: { viewport?: { width: number; height: number }; init?: (page: Page) => Promise<void> } = {}): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openBrowser(opts.viewport);
    const { page, errors } = await session.page();
    await opts.init?.(page);
    assign(page, errors);
  });
  afterAll(() => session?.close());
}
