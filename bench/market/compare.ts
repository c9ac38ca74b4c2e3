/**
 * The engine's clearMarkets against the proposal in accelerated.ts, on the inputs `step` gives
 * the market in year 4 of synthetic clusters, both from that year's warm start:
 *   npx tsx bench/market/compare.ts [--cities 26,100,200] [--F 100000]
 * Prints iterations, CPU ms per solve (median of 5) and the largest relative difference of the
 * solutions (M, incomes, cost of living).
 */
import { clearMarkets, createMarketState, type MarketInputs, type MarketState } from '../../src/sim/market';
import { createWorld, step } from '../../src/sim/index';
import { syntheticScenario } from '../full/synthetic';
import { clearMarketsAccelerated } from './accelerated';
import { median } from '../timing';

const opt = (k: string, d: string): string => { const i = process.argv.indexOf(`--${k}`); return i >= 0 ? process.argv[i + 1] : d; };
const F = Number(opt('F', '100000'));

function run(solve: (inp: MarketInputs, land: Float64Array, st: MarketState) => unknown, inp: MarketInputs, land: Float64Array, M0: Float64Array) {
  let st = createMarketState(inp.N, inp.S);
  const cpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    st = createMarketState(inp.N, inp.S);
    st.M.set(M0);
    const c = process.cpuUsage();
    solve(inp, land, st);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { st, ms: median(cpu) };
}
const maxRel = (a: Float64Array, b: Float64Array): number => a.reduce((m, x, k) => Math.max(m, Math.abs(x - b[k]) / Math.max(Math.abs(b[k]), 1e-300)), 0);

console.log('| cities | engine iterations | engine ms | accelerated iterations | accelerated ms | max rel. diff M | incomes | ln cost of living |');
console.log('|---|---|---|---|---|---|---|---|');
// the first size twice: the first pass only warms up the JIT for both solvers
const sizes = opt('cities', '26,100,200').split(',').map(Number);
for (const [k, N] of [sizes[0], ...sizes].entries()) {
  const sc = syntheticScenario({ cities: N, firms: F, layout: 'random', years: 10 });
  const w = createWorld(sc, 1);
  for (let y = 0; y < 3; y++) step(w);
  const p = sc.params;
  const M0 = Float64Array.from(w.market.M), local0 = Float64Array.from(w.local);
  const localWage = Math.exp(p.productivityGrowth * w.tick);
  step(w);
  const inp: MarketInputs = { N: w.N, S: w.S, sigma: p.sigma, share: w.share, housingShare: p.housingShare, Q: w.Q, local: local0, localWage, phi: w.phi, active: w.active };
  const a = run(clearMarkets, inp, w.land, M0);
  const b = run(clearMarketsAccelerated, inp, w.land, M0);
  if (k === 0) continue;
  console.log(`| ${N} | ${a.st.iterations} (residual ${a.st.residual.toExponential(1)}) | ${a.ms.toFixed(1)} | ${b.st.iterations} (residual ${b.st.residual.toExponential(1)}) | ${b.ms.toFixed(1)} | ${maxRel(b.st.M, a.st.M).toExponential(1)} | ${maxRel(b.st.income, a.st.income).toExponential(1)} | ${maxRel(b.st.lnCostOfLiving, a.st.lnCostOfLiving).toExponential(1)} |`);
}
