import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { mergeSweep, mergedFiles } from '../batch/merge';
import { parseArgs, checkKnown, UsageError } from './args';

export const MERGE_HELP = `spillover merge DIR… --out FILE [--format csv|json] [--partial]

Combines a sweep's result directories (one, or one per shard) into a tidy table: one row per
run × year × metric (keep "series") or per run (keep "summary"), parameters and seed as columns,
sorted by run id. Also the summaries across replications (mean and 95% interval of the CV curve,
peak year and peak height per parameter point): inside the JSON, or in FILE's sibling
<name>.summary.csv for CSV.
  --out FILE     the merged table
  --format F     csv or json (default: from FILE's extension, else csv)
  --partial      merge even if runs are missing (their ids are listed in the JSON)`;

export async function mergeCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['out', 'format']);
  checkKnown(options, ['out', 'format', 'partial', 'help']);
  if (options.help) { console.log(MERGE_HELP); return 0; }
  if (!positional.length) throw new UsageError('merge takes one or more sweep directories');
  if (typeof options.out !== 'string') throw new UsageError('merge needs --out FILE');
  const format = options.format ?? (/\.json$/i.test(options.out) ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, got "${format === true ? '' : format}"`);
  const { merged } = mergeSweep(positional, options.partial === true);
  for (const f of mergedFiles(merged, options.out, format)) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(`${f.path}.tmp`, f.text);
    renameSync(`${f.path}.tmp`, f.path);
  }
  const missing = merged.sweep.missing.length;
  console.error(`merged ${merged.sweep.totalRuns - missing} of ${merged.sweep.totalRuns} runs into ${options.out}${missing ? ` (${missing} missing)` : ''}`);
  return 0;
}
