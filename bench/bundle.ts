import { build } from 'esbuild';
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
