import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenario/load';
import { simulate, summarize } from '../sim';
import type { World } from '../sim';
import { METRIC_NAMES } from '../sim/series';
import { parseArgs, numberOption, checkKnown, UsageError } from './args';

export const RUN_HELP = `spillover run <scenario> [--seed N] [--years N] [--out DIR] [--json] [--quiet]

Runs a scenario (a shipped name such as "teaching", or a JSON file) headless and prints the
bell curve's summary: the CV of per-capita GDP at the start, at its peak and at the end.
  --seed N     random seed (default: the scenario's)
  --years N    horizon in years (default: the scenario's)
  --out DIR    write summary.json, series.csv (year,metric,value) and cities.csv
  --json       print summary.json to stdout instead of the text summary
  --quiet      no progress on stderr`;

export async function runCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['seed', 'years', 'out']);
  checkKnown(options, ['seed', 'years', 'out', 'json', 'quiet', 'help']);
  if (options.help) { console.log(RUN_HELP); return 0; }
  if (positional.length !== 1) throw new UsageError('run takes one scenario (a shipped name or a file)');
  const scenario = loadScenario(positional[0]);
  const seed = numberOption(options, 'seed', 0, 2 ** 53, true) ?? scenario.seed;
  const years = numberOption(options, 'years', 1, 1000, true) ?? scenario.years;
  const progress = !options.quiet && !options.json && process.stderr.isTTY;
  const world = simulate(scenario, {
    seed, years,
    onTick: progress ? (w) => process.stderr.write(`\r${w.year - 1} (${w.tick}/${years})`) : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const summary = summarize(world, seed);
  if (typeof options.out === 'string') writeOutputs(options.out, world, summary);
  if (options.json) console.log(JSON.stringify(summary, null, 2));
  else printSummary(summary);
  return 0;
}

function printSummary(s: ReturnType<typeof summarize>): void {
  const cv = s.metrics.cv;
  const fmt = (x: number) => x.toFixed(4);
  console.log(`${s.scenario} (seed ${s.seed}), ${s.years[0]}–${s.years[s.years.length - 1]}, ${s.cities.length} cities`);
  console.log(`CV of per-capita GDP: ${fmt(cv[0])} in ${s.years[0]}, ${fmt(cv[cv.length - 1])} in ${s.years[s.years.length - 1]}`);
  console.log(s.peak ? `turning point: ${s.peak.year}, CV ${fmt(s.peak.cv)} (smoothed)` : 'turning point: none inside the horizon');
  console.log(`core share of manufacturing: ${fmt(s.metrics.coreShareManufacturing[0])} → ${fmt(s.metrics.coreShareManufacturing[cv.length - 1])}`);
  console.log(`hash ${s.hash}`);
}

/** Writes each file under a temporary name, then renames it: no half-written file is left. */
function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function writeOutputs(dir: string, w: World, summary: ReturnType<typeof summarize>): void {
  mkdirSync(dir, { recursive: true });
  const { series, N, S } = w;
  const rows = ['year,metric,value'];
  for (let t = 0; t < series.length; t++) {
    for (const m of METRIC_NAMES) rows.push(`${series.year[t]},${m},${series.metrics[m][t]}`);
  }
  writeAtomic(join(dir, 'series.csv'), rows.join('\n') + '\n');
  const head = ['year', 'city', 'population', 'gdp', 'gdpPerCapita', ...w.scenario.sectors.map((s) => `emp:${s.id}`)];
  const cityRows = [head.join(',')];
  for (let t = 0; t < series.length; t++) {
    for (let i = 0; i < N; i++) {
      if (series.population[t * N + i] <= 0) continue;
      const emp = Array.from(series.employment.subarray((t * N + i) * S, (t * N + i + 1) * S));
      cityRows.push([series.year[t], csvField(w.cityNames[i]), series.population[t * N + i], series.gdp[t * N + i], series.gdpPerCapita[t * N + i], ...emp].join(','));
    }
  }
  writeAtomic(join(dir, 'cities.csv'), cityRows.join('\n') + '\n');
  writeAtomic(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
}

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
