import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Chromium flags verified on this machine (see docs/development.md): no sandbox as root,
// no background networking (the machine has no network beyond the package registries).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**', 'test/slurm/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        // A real single-node Slurm (installed with apt-get when absent; needs root): submits the
        // shipped deploy/slurm/sweep-array.sbatch. Slow-ish, so generous timeouts.
        test: {
          name: 'slurm',
          include: ['test/slurm/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // seedrandom (CommonJS) is only reached from inside the worker; pre-bundle it so the
        // dev server does not reload the page mid-test.
        optimizeDeps: { include: ['seedrandom', 'comlink', 'uplot', 'lit', 'ajv'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
          },
        },
      },
      {
        // End to end: the built app served by `vite preview` (global setup), driven with playwright-core.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
