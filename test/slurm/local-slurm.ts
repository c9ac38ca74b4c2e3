import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The Debian packages and the programs the test needs from them. */
const PACKAGES = ['slurm-wlm', 'munge'];
const PROGRAMS = ['munged', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'scontrol', 'sinfo', 'scancel'];

const missingPrograms = () => PROGRAMS.filter((p) => spawnSync('sh', ['-c', `command -v ${p}`]).status !== 0);

/**
 * Installs Debian's slurm-wlm and munge with apt-get when a program is missing. Needs root and
 * apt; throws (never skips) when they are unavailable, so a missing scheduler fails the test loudly.
 */
export function ensureSlurmInstalled(): { installed: boolean; seconds: number } {
  if (!missingPrograms().length) return { installed: false, seconds: 0 };
  if (process.getuid?.() !== 0) throw new Error(`Slurm test: ${missingPrograms().join(', ')} missing and not root, cannot apt-get install ${PACKAGES.join(' ')}`);
  const t0 = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for dpkg's lock rather than fail when another install runs on this machine.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]]) {
    const r = spawnSync('apt-get', [...lock, ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`Slurm test: apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stderr ?? '').slice(-2000)}`);
  }
  const still = missingPrograms();
  if (still.length) throw new Error(`Slurm test: still missing after apt-get install: ${still.join(', ')}`);
  return { installed: true, seconds: (Date.now() - t0) / 1000 };
}

/** Two free TCP ports on this machine (Slurm's controller and node daemon; another test may run). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A single-node Slurm cluster on this machine, every file under one directory. */
export interface LocalSlurm {
  dir: string;
  /** Environment for Slurm's client commands (SLURM_CONF). */
  env: NodeJS.ProcessEnv;
  /** Runs a client command; throws on failure. */
  run(cmd: string, args: string[]): string;
  /** Stops munged, slurmctld and slurmd by process id (TERM, then KILL). */
  stop(): Promise<void>;
}

function slurmConf(dir: string, node: string, ctldPort: number, dPort: number): string {
  return `# A single-node cluster for the Spillover test; written by test/slurm/local-slurm.ts.
ClusterName=spillovertest
SlurmctldHost=${node}(127.0.0.1)
SlurmctldPort=${ctldPort}
SlurmdPort=${dPort}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${dir}/munge/munge.socket
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
MinJobAge=600
StateSaveLocation=${dir}/state
SlurmdSpoolDir=${dir}/spool
SlurmctldPidFile=${dir}/slurmctld.pid
SlurmdPidFile=${dir}/slurmd.pid
SlurmctldLogFile=${dir}/slurmctld.log
SlurmdLogFile=${dir}/slurmd.log
NodeName=${node} NodeAddr=127.0.0.1 CPUs=2 RealMemory=1000 State=UNKNOWN
PartitionName=test Nodes=${node} Default=YES MaxTime=INFINITE State=UP
`;
}

async function waitFor(what: string, ok: () => boolean, timeoutMs: number, log?: string): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`Slurm test: timed out waiting for ${what}${log && existsSync(log) ? `\n${readFileSync(log, 'utf8').slice(-2000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts munged, slurmctld and slurmd as root for `hostname -s`, in the foreground as child
 * processes (so they can be stopped by pid), and waits until the node is idle. On any failure
 * the daemons already started are stopped before the error is thrown.
 */
export async function startLocalSlurm(dir: string): Promise<LocalSlurm> {
  const node = spawnSync('hostname', ['-s'], { encoding: 'utf8' }).stdout.trim() || hostname().split('.')[0];
  for (const d of ['state', 'spool', 'munge']) mkdirSync(join(dir, d), { recursive: true });
  chmodSync(join(dir, 'munge'), 0o755);
  writeFileSync(join(dir, 'munge', 'munge.key'), randomBytes(1024), { mode: 0o400 });
  const [ctldPort, dPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(conf, slurmConf(dir, node, ctldPort, dPort));
  const env = { ...process.env, SLURM_CONF: conf };
  const procs: ChildProcess[] = [];
  const start = (cmd: string, args: string[]) => {
    const out = openSync(join(dir, `${cmd}.out`), 'a');
    const p = spawn(cmd, args, { env, stdio: ['ignore', out, out] });
    p.on('error', () => {});
    procs.push(p);
  };
  const stop = async () => {
    const alive = (p: ChildProcess) => p.pid !== undefined && p.exitCode === null && p.signalCode === null;
    const signal = (p: ChildProcess, s: NodeJS.Signals) => { try { process.kill(p.pid!, s); } catch { /* already gone */ } };
    for (const p of [...procs].reverse()) {
      if (!alive(p)) continue;
      const gone = new Promise((r) => p.once('exit', r));
      signal(p, 'SIGTERM');
      const t = setTimeout(() => { if (alive(p)) signal(p, 'SIGKILL'); }, 5000);
      await gone;
      clearTimeout(t);
    }
  };
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
    return r.stdout;
  };
  try {
    const m = join(dir, 'munge');
    start('munged', ['-F', '-f', `--key-file=${m}/munge.key`, `--socket=${m}/munge.socket`, `--pid-file=${m}/munged.pid`,
      `--log-file=${m}/munged.log`, `--seed-file=${m}/munged.seed`]);
    await waitFor('munged', () => existsSync(join(m, 'munge.socket')), 15_000, join(dir, 'munged.out'));
    start('slurmctld', ['-D', '-f', conf]);
    start('slurmd', ['-D', '-f', conf]);
    const idle = () => spawnSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8' }).stdout?.trim() === 'idle';
    await waitFor('the node to be idle', idle, 30_000, join(dir, 'slurmctld.log'));
  } catch (e) {
    await stop();
    throw e;
  }
  return { dir, env, run, stop };
}
