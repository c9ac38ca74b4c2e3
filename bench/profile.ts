/**
 * A full-model run to profile (default: 1,000,000 firms, 26 cities, random layout):
 *
 *   node --cpu-prof --cpu-prof-dir=.bench-prof --import tsx bench/profile.ts [--F 1000000] [--N 26] [--ticks 20]
 *   npx tsx bench/profile-summary.ts .bench-prof/<file>.cpuprofile
 *
 * Warms up for 3 ticks, then runs `ticks` more; prints the wall time of each.
 */
import { createWorld, step } from '../src/sim/index';
import { syntheticScenario } from './full/synthetic';

const arg = (k: string, d: number): number => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const F = arg('F', 1_000_000), N = arg('N', 26), ticks = arg('ticks', 20);
const w = createWorld(syntheticScenario({ cities: N, firms: F, layout: 'random', years: ticks + 4 }), 1);
for (let t = 0; t < ticks + 3; t++) {
  const t0 = performance.now();
  step(w);
  if (t >= 3) process.stderr.write(`tick ${t}: ${(performance.now() - t0).toFixed(1)} ms, ${w.firms.count} firms, market ${w.market.iterations} iterations\n`);
}
