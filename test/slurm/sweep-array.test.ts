import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mergeSweep, mergedFiles } from '../../src/batch/merge';
import { cli, tempDir, writeSpec, ROOT, SMALL_SPEC } from '../batch/cli';
import { ensureSlurmInstalled, startLocalSlurm, type LocalSlurm } from './local-slurm';

// The shipped template, submitted unedited to a real (single-node) Slurm: 4 array tasks share
// 8 runs; the merged result must equal the same sweep run locally.
const SPEC = { ...SMALL_SPEC, keep: 'summary', replications: 4 };
const TASKS = 4;
let dir: string, slurm: LocalSlurm | undefined, jobId: string | undefined;

beforeAll(async () => {
  dir = tempDir('spillover-slurm-');
  const install = ensureSlurmInstalled();
  if (install.installed) console.log(`installed slurm-wlm and munge in ${install.seconds.toFixed(1)} s`);
  slurm = await startLocalSlurm(join(dir, 'cluster'));
});

afterAll(async () => {
  if (slurm && jobId) spawnSync('scancel', [jobId], { env: slurm.env });
  await slurm?.stop();
  // Keep the cluster's logs and the tasks' output when the test failed.
  if (existsSync(join(dir, 'done'))) rmSync(dir, { recursive: true, force: true });
  else console.error(`Slurm test: logs and outputs kept in ${dir}`);
});

function merged(d: string): string {
  const { merged: m } = mergeSweep([d], false);
  return mergedFiles(m, 'x.json', 'json')[0].text + mergedFiles(m, 'x.csv', 'csv').map((f) => f.text).join('');
}

async function waitForJob(s: LocalSlurm, id: string, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (s.run('squeue', ['-h', '-j', id, '-o', '%i']).trim()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${id} still queued or running after ${timeoutMs / 1000} s:\n${s.run('squeue', ['-j', id])}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('deploy/slurm/sweep-array.sbatch on a real Slurm', () => {
  it('runs the sweep as a 4-task job array; merged, it equals the local sweep', async () => {
    const s = slurm!;
    const spec = writeSpec(dir, SPEC);
    const out = join(dir, 'slurm-out');
    jobId = s.run('sbatch', ['--parsable', `--array=0-${TASKS - 1}`, `--chdir=${ROOT}`, `--output=${dir}/task-%A_%a.out`,
      `--export=ALL,SPEC=${spec},OUT=${out}`, join(ROOT, 'deploy/slurm/sweep-array.sbatch')]).trim().split(';')[0];
    await waitForJob(s, jobId, 240_000);
    const logs = readdirSync(dir).filter((f) => f.startsWith('task-')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const states = s.run('scontrol', ['-o', 'show', 'job', jobId]).trim().split('\n').map((l) => /JobState=(\w+)/.exec(l)?.[1]);
    expect(states, logs).toEqual(Array(TASKS).fill('COMPLETED'));
    for (let k = 1; k <= TASKS; k++) expect(logs).toContain(`shard ${k}/${TASKS}`);
    expect(readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.json'))).toHaveLength(8);

    const local = join(dir, 'local-out');
    const r = cli(['sweep', spec, '--out', local, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(merged(out)).toBe(merged(local));
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    writeFileSync(join(dir, 'done'), jobId);
  });
});
