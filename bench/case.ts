/**
 * Runs one benchmark case in this process and prints one JSON line (a CaseResult).
 * Started by run.ts as `node --expose-gc --import tsx bench/case.ts --model … `, one fresh
 * process per case, so cases never share a heap or JIT state.
 *
 *   --model reference --F 100000 [--seed 1] [--impl spillover|typed|plain]
 *   --model full --F 100000 --N 26 --layout random|ring      (synthetic cluster)
 *   --model full --scenario teaching [--F n]                  (shipped scenario)
 *   --model market --N 200 --F 100000 --layout random          (market clearing alone)
 *   [--quick]
 */
import { createReferenceModel } from './reference/model';
import { REFERENCE_DEFAULTS } from './reference/params';
import { syntheticScenario, type Layout } from './full/synthetic';
import { createWorld, step } from '../src/sim/index';
import { clearMarkets } from '../src/sim/market';
import { shippedScenario } from '../src/scenario/parse';
import type { Scenario } from '../src/scenario/types';
import { DEFAULT_TIMING, QUICK_TIMING, median, timeTicks, type Timing } from './timing';
import type { CaseResult } from './case-result';
import { loadLightPeers, type LightPeer, type PeerCreate } from './peers';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i].replace(/^--/, '');
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) args.set(k, 'true'); else { args.set(k, v); i++; }
}
const num = (k: string, d: number): number => (args.has(k) ? Number(args.get(k)) : d);
const timing = args.has('quick') ? QUICK_TIMING : DEFAULT_TIMING;
/** Ticks the full model may run (its series is sized by the scenario's years). */
const FULL_MAX_TICKS = 150;

/** Heap + array buffers after a full GC (needs --expose-gc; 0 without). */
function memory(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 0;
  gc(); gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
/** Firms at which memory per firm is measured (smaller heaps drown the firms in noise). */
const MEMORY_FIRMS = 200_000;
/** (memory with F firms − memory with none) / F, at F = max(firms, MEMORY_FIRMS). */
const bytesPer = (make: (f: number) => unknown, firms: number): number | null => {
  const F = Math.max(firms, MEMORY_FIRMS);
  if (firms <= 0 || memory() === 0) return null;
  const m0 = memory();
  const empty = make(0);
  const m1 = memory();
  const full = make(F);
  const m2 = memory();
  void [empty, full];
  return +((m2 - m1 - (m1 - m0)) / F).toFixed(2);
};
const rss = (): number => +(process.resourceUsage().maxRSS / 1024).toFixed(1);
const round = (x: number, d = 3): number => +x.toFixed(d);

function result(base: Omit<CaseResult, 'msPerTick' | 'msPerTickMin' | 'msPerTickMax' | 'reviewsPerSec' | 'yearsPerSec' | 'peakRssMB'>,
  t: Timing, reviewShare: number, notes: Record<string, number | string>): CaseResult {
  return {
    ...base,
    msPerTick: round(t.medianMs, 4), msPerTickMin: round(t.minMs, 4), msPerTickMax: round(t.maxMs, 4),
    reviewsPerSec: Math.round((reviewShare * base.firms) / (t.medianMs / 1000)),
    yearsPerSec: round(1000 / t.medianMs, 2),
    peakRssMB: rss(),
    notes: { ...notes, cpuMsPerTick: round(t.cpuMedianMs, 4), warmupTicks: t.warmupTicks, timedTicks: t.tickMs.length },
  };
}

/** The reference model: ours, or bench-peers' typed / plain version under the same protocol. */
async function referenceCase(): Promise<CaseResult> {
  const F = num('F', 100_000), seed = num('seed', 1);
  const impl = (args.get('impl') ?? 'spillover') as 'spillover' | LightPeer;
  const create: PeerCreate = impl === 'spillover' ? (o) => createReferenceModel(o) : (await loadLightPeers())[impl];
  const bytes = bytesPer((f) => create({ F: f, seed }), F);
  const t0 = performance.now();
  const m = create({ F, seed });
  const setupMs = performance.now() - t0;
  const t = timeTicks(() => m.step(), timing);
  if (m.firmCount() !== F) throw new Error(`firm count drifted: ${m.firmCount()} != ${F}`);
  return result({ model: 'reference', impl, scenario: 'firm-location-choice', firms: F,
    cities: REFERENCE_DEFAULTS.N, sectors: REFERENCE_DEFAULTS.S, bytesPerFirm: bytes },
  t, REFERENCE_DEFAULTS.reviewProb, { setupMs: round(setupMs, 1) });
}

function fullScenario(F: number | null, years: number): Scenario {
  const name = args.get('scenario');
  if (name) {
    const sc = shippedScenario(name);
    return { ...sc, years, params: F === null ? sc.params : { ...sc.params, initialFirms: F } };
  }
  return syntheticScenario({ cities: num('N', 26), firms: F ?? 0, layout: (args.get('layout') ?? 'random') as Layout, years });
}

function fullCase(): CaseResult {
  const F = args.has('F') ? num('F', 0) : null;
  const years = 2 * FULL_MAX_TICKS + 2;
  const sc = fullScenario(F, years);
  const firms0 = sc.params.initialFirms;
  const bytes = bytesPer((f) => createWorld({ ...sc, params: { ...sc.params, initialFirms: f } }, 1), firms0);
  const t0 = performance.now();
  const w = createWorld(sc, 1);
  const setupMs = performance.now() - t0;
  const counts: number[] = [];
  const iterations: number[] = [];
  const marketMs: number[] = [];
  const clock = marketClock();
  const t = timeTicks(() => step(w, clock.phase), { ...timing, maxTicks: Math.min(timing.maxTicks, FULL_MAX_TICKS) },
    () => { counts.push(w.firms.count); iterations.push(w.market.iterations); marketMs.push(clock.lastMs); });
  return result({ model: 'full', impl: 'spillover', scenario: sc.name, firms: median(counts), cities: w.N, sectors: w.S, bytesPerFirm: bytes },
    t, sc.params.choice.reviewShare, {
      setupMs: round(setupMs, 1), initialFirms: firms0, bytesPerFirmStatic: w.firms.bytesPerFirm,
      marketIterationsMedian: median(iterations), marketMsMedian: round(median(marketMs), 4),
    });
}

/**
 * A PhaseClock that keeps the time of the tick's market phase (two clock reads a tick): from the
 * end of the phase before it to its own end. Throws if step() no longer names those phases.
 */
function marketClock(): { phase: (name: string) => void; lastMs: number } {
  const BEFORE = 'census and productivity', MARKET = 'market';
  let t0 = -1;
  const c = {
    lastMs: 0,
    phase: (name: string): void => {
      if (name === BEFORE) t0 = performance.now();
      else if (name === MARKET) {
        if (t0 < 0) throw new Error(`bench: step() ran no '${BEFORE}' phase before '${MARKET}'`);
        c.lastMs = performance.now() - t0;
        t0 = -1;
      } else if (name === 'migration and flows' && t0 >= 0) throw new Error(`bench: step() ran no '${MARKET}' phase`);
    },
  };
  return c;
}

/** Market clearing alone: the inputs of one real year, re-solved from that year's warm start. */
function marketCase(): CaseResult {
  const F = num('F', 100_000);
  const sc = syntheticScenario({ cities: num('N', 200), firms: F, layout: (args.get('layout') ?? 'random') as Layout, years: 20 });
  const w = createWorld(sc, 1);
  for (let y = 0; y < num('years', 3); y++) step(w);
  // capture the inputs step() gives clearMarkets this year (see src/sim/step.ts)
  const M0 = Float64Array.from(w.market.M), local0 = Float64Array.from(w.local);
  const p = sc.params;
  const localWage = p.mechanisms.productivityGrowth ? Math.exp(p.productivityGrowth * w.tick) : 1;
  const housing = p.mechanisms.urbanCosts ? p.housingShare : 0;
  step(w);
  const st = { ...w.market, M: Float64Array.from(M0) };
  const inputs = { N: w.N, S: w.S, sigma: p.sigma, share: w.share, housingShare: housing, Q: w.Q, local: local0, localWage, trade: w.trade, active: w.active };
  // every solve starts from this year's warm start (the copy is N·S numbers, ~1 µs)
  const t = timeTicks(() => { st.M.set(M0); clearMarkets(inputs, w.land, st); }, timing);
  st.M.set(M0);
  clearMarkets(inputs, w.land, st);
  const run = marketOverRun(sc);
  return result({ model: 'market', impl: 'spillover', scenario: sc.name, firms: w.firms.count, cities: w.N, sectors: w.S, bytesPerFirm: null },
    t, 0, { iterations: st.iterations, residual: st.residual, ...run });
}

/**
 * The market phase in every year of one run of `RUN_YEARS` years (the same cluster): early years,
 * when firms re-sort fast, need the most evaluations (the timed re-solve above is year 4's).
 */
const RUN_YEARS = 150;
function marketOverRun(sc: Scenario): Record<string, number> {
  const w = createWorld({ ...sc, years: RUN_YEARS }, 1);
  const clock = marketClock();
  const ms: number[] = [], its: number[] = [];
  for (let y = 0; y < RUN_YEARS; y++) { step(w, clock.phase); ms.push(clock.lastMs); its.push(w.market.iterations); }
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    runYears: RUN_YEARS, runMsMedian: round(median(ms), 4), runMsP90: round(sorted[Math.floor(0.9 * (sorted.length - 1))], 4),
    runMsMax: round(sorted[sorted.length - 1], 4), runIterationsMedian: median(its), runIterationsMax: Math.max(...its),
  };
}

const model = args.get('model') ?? 'reference';
const out = model === 'reference' ? await referenceCase() : model === 'full' ? fullCase() : marketCase();
console.log(JSON.stringify(out));
