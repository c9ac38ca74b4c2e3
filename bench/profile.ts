/**
 * A full-model run to profile (default: 1,000,000 firms, 26 cities, random layout):
 *
 *   npx tsx bench/profile.ts [--F 1000000] [--N 26] [--ticks 20] [--warmup 20]
 *   npx esbuild bench/profile.ts --bundle --platform=node --format=esm --outfile=.bench-build/profile.mjs
 *     && node .bench-build/profile.mjs …      (bundled, as `npm run bench` runs the engine)
 *   node --cpu-prof --cpu-prof-dir=.bench-prof --import tsx bench/profile.ts …
 *   npx tsx bench/profile-summary.ts .bench-prof/<file>.cpuprofile
 *
 * Warms up for `warmup` ticks, then runs `ticks` more; prints the wall time of each, then the
 * median time of each phase of `step` (its PhaseClock) over the timed ticks.
 */
import { createWorld, step } from '../src/sim/index';
import { syntheticScenario } from './full/synthetic';
import { median } from './timing';

const arg = (k: string, d: number): number => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const F = arg('F', 1_000_000), N = arg('N', 26), ticks = arg('ticks', 20), warmup = arg('warmup', 20);
const w = createWorld(syntheticScenario({ cities: N, firms: F, layout: 'random', years: ticks + warmup + 1 }), 1);
const phases = new Map<string, number[]>();
for (let t = 0; t < ticks + warmup; t++) {
  const t0 = performance.now();
  let last = t0;
  const timed = t >= warmup;
  step(w, timed ? (phase) => { const now = performance.now(); (phases.get(phase) ?? phases.set(phase, []).get(phase)!).push(now - last); last = now; } : undefined);
  if (timed) process.stderr.write(`tick ${t}: ${(performance.now() - t0).toFixed(1)} ms, ${w.firms.count} firms, market ${w.market.iterations} iterations, ${w.firmsBelowCutoff} firms below their exit threshold\n`);
}

const rows = [...phases].map(([phase, ms]) => [phase, median(ms)] as const);
const total = rows.reduce((s, [, ms]) => s + ms, 0);
console.log(`median ms per phase over ${ticks} ticks (${F} firms at the start, ${N} cities):`);
for (const [phase, ms] of rows) console.log(`  ${phase.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)} %`);
console.log(`  ${'sum of medians'.padEnd(28)} ${total.toFixed(2).padStart(8)} ms`);
