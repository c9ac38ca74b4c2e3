import { availableParallelism } from 'node:os';
import { runSweep } from '../batch/sweep';
import { parseShard } from '../batch/shard';
import { parseArgs, numberOption, checkKnown, UsageError } from './args';

export const SWEEP_HELP = `spillover sweep SPEC --out DIR [--workers N] [--shard K/N] [--resume] [--quiet]

Runs a sweep (a JSON spec, see src/batch/sweep-schema.json and docs/batch.md) on worker threads:
one result file per run in DIR/runs/ (written atomically), DIR/manifest.json describing the sweep.
  --out DIR      where results go (shards of one sweep may share it)
  --workers N    worker threads (default: the number of cores, here ${availableParallelism()})
  --shard K/N    run only the K-th of N slices (K from 1): run i belongs to slice (i mod N) + 1
  --resume       skip runs whose result file is complete; redo missing or damaged ones
  --quiet        no progress (default: a bar on a terminal, a line every 10 s otherwise)`;

export async function sweepCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['out', 'workers', 'shard']);
  checkKnown(options, ['out', 'workers', 'shard', 'resume', 'quiet', 'help']);
  if (options.help) { console.log(SWEEP_HELP); return 0; }
  if (positional.length !== 1) throw new UsageError('sweep takes one spec file (spillover sweep SPEC --out DIR)');
  if (typeof options.out !== 'string') throw new UsageError('sweep needs --out DIR');
  if (options.shard === true) throw new UsageError('--shard needs a value K/N');
  const outcome = await runSweep({
    specPath: positional[0],
    out: options.out,
    workers: numberOption(options, 'workers', 1, 1024, true) ?? availableParallelism(),
    shard: options.shard === undefined ? undefined : parseShard(options.shard),
    resume: options.resume === true,
    progress: options.quiet ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines',
  });
  for (const f of outcome.failures) console.error(`spillover: run ${f.id} failed: ${f.error}`);
  return outcome.failures.length ? 1 : 0;
}
