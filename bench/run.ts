/**
 * The benchmark suite (`npm run bench`): every case in its own fresh Node process, one after
 * another; prints Markdown tables, or with --json one JSON document {machine, cases, skipped}.
 *
 *   npm run bench -- [--json] [--peers] [--quick] [--sizes 10000,100000,1000000]
 *                    [--cities 26,100,200] [--layouts random,ring] [--only reference,full,market]
 *                    [--limit 300]
 *   npx tsx bench/run.ts --from results.json      # re-print the tables of a saved --json run
 *
 * --peers adds AgentScript and Flocc (their faster idiomatic variant: agents re-used on exit),
 * installed into .bench-peers/ from ../shared/bench-peers; bench-peers' typed and plain
 * versions always run, so every ratio is taken within the same run.
 */
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine';
import { helpFromHeader } from './usage';
import { formatReport, type Skipped } from './report';
import type { CaseResult } from './case-result';
import { stagePeers } from './peers';
import { bundleCase, runCaseProcess } from './bundle';
import { SHIPPED_SCENARIOS } from '../src/scenario/shipped';
import { readFileSync } from 'node:fs';
import { checkKnown, parseArgs } from '../src/cli/args';

const argv = process.argv.slice(2);
helpFromHeader(argv, import.meta.url);
try {
  checkKnown(parseArgs(argv, ['sizes', 'cities', 'layouts', 'only', 'limit', 'from']).options, ['json', 'peers', 'quick', 'sizes', 'cities', 'layouts', 'only', 'limit', 'from']);
} catch (e) {
  process.stderr.write(`bench: ${(e as Error).message} (see --help)\n`);
  process.exit(2);
}
if (argv.includes('--from')) {
  const saved = JSON.parse(readFileSync(argv[argv.indexOf('--from') + 1], 'utf8'));
  console.log(formatReport(saved.machine, saved.cases, saved.skipped ?? []));
  process.exit(0);
}
const flag = (k: string): boolean => argv.includes(`--${k}`);
const opt = (k: string, d: string): string => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const list = (k: string, d: string): string[] => opt(k, d).split(',').filter(Boolean);
const quick = flag('quick');
const sizes = list('sizes', quick ? '10000,100000' : '10000,100000,1000000').map(Number);
const cities = list('cities', '26,100,200').map(Number);
const layouts = list('layouts', 'random');
const only = new Set(list('only', 'reference,full,market'));
const limitS = Number(opt('limit', '300'));
const log = (msg: string): void => { process.stderr.write(`${msg}\n`); };
const REPO = fileURLToPath(new URL('../', import.meta.url));

interface Plan { label: string; model: CaseResult['model']; impl: CaseResult['impl']; scenario: string; firms: number; cities: number; cmd: string[] }
const plans: Plan[] = [];
const caseBundle = await bundleCase();
const ours = (model: CaseResult['model'], extra: string[]) => [process.execPath, '--expose-gc', caseBundle, '--model', model, ...extra, ...(quick ? ['--quick'] : [])];

let peersBench = '';
if (only.has('reference')) {
  if (flag('peers')) peersBench = stagePeers(log);
  for (const F of sizes) {
    plans.push({ label: `reference spillover F=${F}`, model: 'reference', impl: 'spillover', scenario: 'firm-location-choice', firms: F, cities: 50, cmd: ours('reference', ['--F', String(F)]) });
    for (const impl of ['typed', 'plain'] as const)
      plans.push({ label: `reference ${impl} F=${F}`, model: 'reference', impl, scenario: 'firm-location-choice', firms: F, cities: 50, cmd: ours('reference', ['--F', String(F), '--impl', impl]) });
    if (peersBench)
      for (const impl of ['agentscript', 'flocc'] as const) {
        const q = quick ? ['--warmupMs', '300', '--measureMs', '400'] : [];
        plans.push({ label: `reference ${impl} F=${F}`, model: 'reference', impl, scenario: 'firm-location-choice', firms: F, cities: 50,
          cmd: [process.execPath, peersBench, '--impl', impl, '--exit', 'reset', '--F', String(F), ...q] });
      }
  }
}
if (only.has('full')) {
  for (const layout of layouts)
    for (const N of cities)
      for (const F of sizes)
        plans.push({ label: `full ${layout} N=${N} F=${F}`, model: 'full', impl: 'spillover', scenario: `synthetic-${layout}-${N}`, firms: F, cities: N,
          cmd: ours('full', ['--N', String(N), '--F', String(F), '--layout', layout]) });
  for (const name of Object.keys(SHIPPED_SCENARIOS))
    plans.push({ label: `full ${name}`, model: 'full', impl: 'spillover', scenario: name, firms: 0, cities: 0, cmd: ours('full', ['--scenario', name]) });
}
if (only.has('market'))
  plans.push({ label: 'market N=200', model: 'market', impl: 'spillover', scenario: 'synthetic-random-200', firms: 100_000, cities: 200, cmd: ours('market', ['--N', '200', '--F', '100000']) });

/** bench-peers' bench.mjs output → a CaseResult. */
function fromPeer(r: Record<string, number>, impl: CaseResult['impl']): CaseResult {
  return { model: 'reference', impl, scenario: 'firm-location-choice', firms: r.F, cities: r.N, sectors: r.S,
    msPerTick: r.tickMedianMs, msPerTickMin: r.tickMinMs, msPerTickMax: r.tickMaxMs, reviewsPerSec: r.reviewsPerSec,
    yearsPerSec: +(1000 / r.tickMedianMs).toFixed(2), bytesPerFirm: null, peakRssMB: r.peakRssMB,
    notes: { setupMs: r.setupMs, warmupTicks: r.warmupTicks, timedTicks: r.measuredTicks, exit: 'reset' } };
}

const machine = machineInfo();
const cases: CaseResult[] = [];
const skipped: Skipped[] = [];
const lastWall = new Map<string, { firms: number; wallS: number }>();
for (const p of plans) {
  const key = `${p.model}|${p.impl}|${p.scenario}`;
  const prev = lastWall.get(key);
  // as bench-peers' timing.mjs: skip when a linear extrapolation from the smaller size says the run would pass the limit
  if (prev && p.firms > prev.firms && (prev.wallS * p.firms) / prev.firms > limitS) {
    skipped.push({ ...p, skipped: `predicted ≥ ${Math.round((prev.wallS * p.firms) / prev.firms)} s per run (limit ${limitS} s)` });
    log(`${p.label}: skipped (predicted over the limit)`);
    continue;
  }
  const out = runCaseProcess(p.cmd, limitS);
  const wallS = out.wallS;
  if (!out.ok) {
    skipped.push({ ...p, skipped: out.why });
    log(`${p.label}: ${out.why}`);
    continue;
  }
  const parsed = out.result;
  const c: CaseResult = p.impl === 'agentscript' || p.impl === 'flocc' ? fromPeer(parsed as Record<string, number>, p.impl) : parsed as unknown as CaseResult;
  cases.push(c);
  lastWall.set(key, { firms: p.firms, wallS });
  log(`${p.label}: ${c.msPerTick} ms/tick (${wallS.toFixed(1)} s)`);
}

if (flag('json')) console.log(JSON.stringify({ machine, cases, skipped }, null, 1));
else console.log(formatReport(machine, cases, skipped));
