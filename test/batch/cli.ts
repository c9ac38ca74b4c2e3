import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the CLI's boot file, as a user runs it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/spillover.mjs');

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs `spillover …` in a child process and waits for it. */
export function cli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `spillover …` without waiting (to kill it part-way). */
export function cliAsync(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'spillover-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a spec file into `dir` and returns its path. */
export function writeSpec(dir: string, spec: unknown, name = 'spec.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(spec, null, 2));
  return path;
}

/**
 * A small, quick sweep of the teaching scenario (2000 firms instead of 20 000, 8 years):
 * 2 parameter points × 3 replications = 6 runs.
 */
export const SMALL_SPEC = {
  name: 'test sweep',
  scenario: 'teaching',
  seed: 7,
  years: 8,
  replications: 3,
  keep: 'series',
  vary: { 'params.initialFirms': [2000], 'params.trade.declinePerYear': [0.01, 0.03] },
};
