import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeManifest } from './manifest';
import { planSweep } from './plan';
import { runPool, type PoolFailures } from './pool';
import { Progress, type ProgressMode } from './progress';
import { readResultFile } from './result-file';
import { expectedIdentity } from './run-task';
import { inShard, type Shard } from './shard';
import { loadSweepSpec } from './spec';

export interface SweepOptions {
  specPath: string;
  out: string;
  workers: number;
  shard?: Shard;
  /** Skip runs whose result file is complete and belongs to this sweep. */
  resume?: boolean;
  progress: ProgressMode;
  /** Where the header and progress go (default stderr). */
  log?: NodeJS.WritableStream;
}

export interface SweepOutcome {
  /** Runs of this shard in the whole sweep. */
  inShard: number;
  ran: number;
  skipped: number;
  failures: PoolFailures;
}

/**
 * Runs a sweep (or one shard of it) into `out`: validates the spec and every scenario first
 * (nothing is written for a bad spec), writes `manifest.json`, then each run's result file.
 */
export async function runSweep(opts: SweepOptions): Promise<SweepOutcome> {
  const spec = loadSweepSpec(opts.specPath);
  const { manifest, tasks } = planSweep(spec, dirname(opts.specPath), opts.out);
  const mine = tasks.filter((t) => inShard(t.run.index, opts.shard));
  writeManifest(opts.out, manifest);
  const runsDir = join(opts.out, 'runs');
  mkdirSync(runsDir, { recursive: true });
  removeStaleTemporaries(runsDir, new Set(mine.map((t) => `${t.run.id}.json.tmp`)));
  const todo = opts.resume ? mine.filter((t) => !readResultFile(t.file, expectedIdentity(t)).ok) : mine;
  const log = opts.log ?? process.stderr;
  if (opts.progress !== 'quiet') {
    const shard = opts.shard ? `, shard ${opts.shard.k}/${opts.shard.n} (${mine.length} runs)` : '';
    const skipped = opts.resume ? `, ${mine.length - todo.length} already complete` : '';
    log.write(`sweep: ${tasks.length} runs${shard}${skipped}; running ${todo.length} on ${Math.min(opts.workers, todo.length)} workers\n`);
  }
  const progress = new Progress(todo.length, opts.progress, log);
  let ran = 0;
  const failures = await runPool(todo, { workers: opts.workers, onDone: () => { ran++; progress.tick(); } });
  progress.finish();
  return { inShard: mine.length, ran, skipped: mine.length - todo.length, failures };
}

/** Half-written files of this shard's runs, left by a killed sweep. */
function removeStaleTemporaries(runsDir: string, mine: Set<string>): void {
  for (const f of readdirSync(runsDir)) if (mine.has(f)) rmSync(join(runsDir, f), { force: true });
}
