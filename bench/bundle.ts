import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));

/**
 * Bundles bench/case.ts with esbuild into `.bench-build/case.mjs` (git-ignored; one level below
 * the repository, like bench/, so the paths it derives from import.meta.url stay right) and
 * returns its path. The cases run the engine as it ships — one bundle, as the web app's worker
 * and the batch workers do — not through tsx's per-module loader, whose getters for imported
 * bindings cost the engine ~10% at 1M firms.
 */
export async function bundleCase(): Promise<string> {
  const outfile = `${REPO}.bench-build/case.mjs`;
  await build({
    entryPoints: [`${REPO}bench/case.ts`], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'warning',
    // seedrandom is CommonJS and may require('crypto'): give the ESM bundle a require.
    banner: { js: "import { createRequire as __spilloverCreateRequire } from 'node:module'; const require = __spilloverCreateRequire(import.meta.url);" },
  });
  return outfile;
}

/** What one case process printed: its last stdout line as JSON, or why there is none. */
export type CaseOutcome = { ok: true; result: Record<string, unknown>; wallS: number } | { ok: false; why: string; wallS: number };

/**
 * Runs one benchmark case in a fresh process (`cmd`: the executable and its arguments) with a time
 * limit; the case prints its result as the last line of stdout (one JSON object).
 */
export function runCaseProcess(cmd: string[], limitS: number): CaseOutcome {
  const t0 = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: REPO, encoding: 'utf8', timeout: limitS * 1000, maxBuffer: 1 << 24 });
  const wallS = (Date.now() - t0) / 1000;
  const line = r.stdout?.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    return { ok: false, wallS, why: r.signal ? `killed after ${limitS} s` : `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop()}` };
  }
  return { ok: true, wallS, result: JSON.parse(line) };
}
