import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MetricName } from '../sim';
import type { RunPlan } from './expand';

export const RESULT_FORMAT = 'spillover-run/1';

/** What one run keeps. `series` only with keep "series"; `cv` always (replication summaries need it). */
export interface RunOutputs {
  years: number[];
  cv: number[];
  peak: { year: number; cv: number } | null;
  /** Every metric in the last recorded year. */
  final: Record<MetricName, number>;
  series?: Record<MetricName, number[]>;
  /** The engine's fingerprint of the whole recorded series (runHash). */
  hash: string;
}

/** One run's result file, `runs/<id>.json`. */
export interface RunResult extends RunPlan {
  format: typeof RESULT_FORMAT;
  engineVersion: string;
  scenarioSha256: string;
  years: number;
  keep: 'series' | 'summary';
  outputs: RunOutputs;
}

/** The fields a result must match to count as the planned run's (everything but the outputs). */
export type ResultIdentity = Omit<RunResult, 'outputs'>;

function checksum(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Writes the result with a trailing `sha256` of the rest, under a temporary name renamed into
 * place: a reader sees either no file or a complete one, and a damaged file fails its checksum.
 */
export function writeResultFile(path: string, result: RunResult): void {
  writeFileSync(`${path}.tmp`, JSON.stringify({ ...result, sha256: checksum(result) }) + '\n');
  renameSync(`${path}.tmp`, path);
}

/** A result file read back: the result, or why it cannot be used. */
export type ReadResult = { ok: true; result: RunResult } | { ok: false; reason: string };

/**
 * Reads and checks a result file: complete JSON, checksum intact and, when `expected` is given,
 * the same run (id, seed, parameters, scenario, engine version, horizon, outputs kept).
 */
export function readResultFile(path: string, expected?: ResultIdentity): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, reason: 'missing' };
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'truncated or not JSON' };
  }
  const { sha256, ...body } = parsed ?? {};
  if (typeof sha256 !== 'string' || checksum(body) !== sha256) return { ok: false, reason: 'checksum mismatch' };
  const result = body as unknown as RunResult;
  if (result.format !== RESULT_FORMAT) return { ok: false, reason: `unknown format ${JSON.stringify(result.format)}` };
  if (expected) {
    for (const [k, v] of Object.entries(expected)) {
      if (JSON.stringify((result as unknown as Record<string, unknown>)[k]) !== JSON.stringify(v)) return { ok: false, reason: `${k} differs from the sweep's` };
    }
  }
  return { ok: true, result };
}
