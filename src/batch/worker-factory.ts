import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

let bundle: Promise<string | null> | undefined;

/** "bundle": esbuild's bundle of worker.ts, falling back to "tsx": worker-boot.mjs. */
export type WorkerBoot = 'bundle' | 'tsx';

/**
 * How to start a sweep's worker threads. Preferred: worker.ts bundled once per process into
 * plain CommonJS by esbuild (which tsx ships and uses), started with `eval`: a thread is ready in
 * about 0.1 s instead of 0.5–1 s through tsx's loader, which matters for short sweeps. If
 * bundling is impossible (or `boot` is "tsx"), the `.mjs` boot file that loads worker.ts through tsx.
 */
export async function workerFactory(boot: WorkerBoot = 'bundle'): Promise<() => Worker> {
  const code = boot === 'bundle' ? await (bundle ??= bundleWorker().catch(() => null)) : null;
  return code !== null
    ? () => new Worker(code, { eval: true })
    : () => new Worker(new URL('./worker-boot.mjs', import.meta.url));
}

async function bundleWorker(): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
