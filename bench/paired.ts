/**
 * The full model's tick ÷ the reference model's, measured in pairs (issue 7's "within 3× of the
 * reference step at equal sizes"). On a shared VM a case's speed moves by ±30% from one minute
 * to the next, so a ratio of two cases run minutes apart says little; here the two cases run
 * back to back, in alternating order, `rounds` times per size, and each round gives one ratio.
 *
 *   npx tsx bench/paired.ts [--sizes 10000,100000,1000000] [--cities 26] [--rounds 5] [--json]
 *
 * Prints, per size, the median ratio and its range over the rounds (with --json, one JSON
 * document {machine, pairs}). Each case is `bench/case.ts` in a fresh process, as in `npm run bench`.
 */
import { bundleCase, runCaseProcess } from './bundle';
import { machineInfo } from './machine';
import { helpFromHeader } from './usage';
import { median } from './timing';
import { checkKnown, numberOption, parseArgs, UsageError } from '../src/cli/args';
import type { CaseResult } from './case-result';

const argv = process.argv.slice(2);
helpFromHeader(argv, import.meta.url);
let sizes: number[], N: number, rounds: number, json: boolean;
try {
  const { options } = parseArgs(argv, ['sizes', 'cities', 'rounds']);
  checkKnown(options, ['sizes', 'cities', 'rounds', 'json']);
  sizes = String(options.sizes ?? '10000,100000,1000000').split(',').map(Number);
  if (sizes.some((F) => !Number.isInteger(F) || F < 1)) throw new UsageError(`--sizes must be whole numbers of firms, got "${options.sizes}"`);
  N = numberOption(options, 'cities', 2, 500, true) ?? 26;
  rounds = numberOption(options, 'rounds', 1, 1000, true) ?? 5;
  json = options.json === true;
} catch (e) {
  process.stderr.write(`paired: ${(e as Error).message} (see --help)\n`);
  process.exit(2);
}
const LIMIT_S = 600; // one case
const log = (msg: string): void => { process.stderr.write(`${msg}\n`); };

const bundle = await bundleCase();
/** One case in a fresh process: its median ms per tick. */
function run(model: 'reference' | 'full', F: number): number {
  const extra = model === 'full' ? ['--N', String(N), '--layout', 'random'] : [];
  const out = runCaseProcess([process.execPath, '--expose-gc', bundle, '--model', model, '--F', String(F), ...extra], LIMIT_S);
  if (!out.ok) throw new Error(`${model} F=${F}: ${out.why}`);
  return (out.result as unknown as CaseResult).msPerTick;
}

const pairs = sizes.map((F) => {
  const ratios: number[] = [], full: number[] = [], reference: number[] = [];
  for (let k = 0; k < rounds; k++) {
    // alternate which runs first, so a drift in the machine's speed favours neither
    let a: number, b: number;
    if (k % 2 === 0) { a = run('reference', F); b = run('full', F); } else { b = run('full', F); a = run('reference', F); }
    reference.push(a); full.push(b); ratios.push(b / a);
    log(`F=${F} round ${k + 1}: reference ${a} ms, full ${b} ms, ratio ${(b / a).toFixed(2)}`);
  }
  return { firms: F, cities: N, rounds, ratioMedian: +median(ratios).toFixed(2), ratioMin: +Math.min(...ratios).toFixed(2), ratioMax: +Math.max(...ratios).toFixed(2),
    fullMsMedian: median(full), referenceMsMedian: median(reference) };
});

if (json) console.log(JSON.stringify({ machine: machineInfo(), pairs }, null, 1));
else {
  console.log(`Full model (${N} cities, 9 sectors) ÷ reference step (50 cities, 8 sectors), ${rounds} back-to-back rounds per size (target ≤ 3)\n`);
  console.log('| firms | ratio, median [min–max] | full ms/tick (median) | reference ms/tick (median) |');
  console.log('|---|---|---|---|');
  for (const p of pairs) console.log(`| ${p.firms.toLocaleString('en')} | **${p.ratioMedian}** [${p.ratioMin}–${p.ratioMax}] | ${p.fullMsMedian} | ${p.referenceMsMedian} |`);
}
