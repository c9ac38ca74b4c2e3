import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { UsageError } from '../cli/args';
import type { RunPlan } from './expand';
import type { SweepSpec } from './spec';

export const MANIFEST_FORMAT = 'spillover-sweep/1';

/**
 * `manifest.json`: the sweep as a whole: spec, engine version and every run's id, parameters
 * and seed. Every shard writes the same bytes (no times, hosts or shard numbers), so shards may
 * share one directory, and a directory holding another sweep is refused.
 */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  spec: SweepSpec;
  engineVersion: string;
  /** The horizon (of the first point, when "years" is a varied path). */
  years: number;
  keep: 'series' | 'summary';
  replications: number;
  /** The varied parameter paths, in spec order (the parameter columns of merged tables). */
  parameters: string[];
  /** Per parameter point: its values and the SHA-256 of its resolved scenario. */
  points: { point: number; params: RunPlan['params']; years: number; scenarioSha256: string }[];
  runs: { id: string; index: number; point: number; replication: number; seed: number }[];
}

/** The manifest's bytes: indented, with one line per parameter point and per run. */
export function manifestText(m: Manifest): string {
  const { points, runs, ...head } = m;
  const list = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "points": [\n${list(points)}\n  ],\n  "runs": [\n${list(runs)}\n  ]\n}\n`;
}

/** Writes the manifest, or checks that the one already there is the same sweep. */
export function writeManifest(dir: string, m: Manifest): void {
  const path = join(dir, 'manifest.json');
  const text = manifestText(m);
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8') === text) return;
    throw new UsageError(`${path} describes a different sweep (or engine version); use another --out`);
  }
  mkdirSync(dir, { recursive: true });
  // Shards starting together (an array job) may all write it: each through its own temporary file.
  const tmp = `${path}.${hostname()}-${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Reads a sweep directory's manifest; throws UsageError when there is none. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${dir}: no manifest.json (not a sweep directory?)`);
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m.format !== MANIFEST_FORMAT) throw new Error(`format ${JSON.stringify(m.format)}`);
    return m;
  } catch (e) {
    throw new UsageError(`${path}: not a sweep manifest (${(e as Error).message})`);
  }
}
