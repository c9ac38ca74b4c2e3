import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/args';
import { manifestText, readManifest, type Manifest } from './manifest';
import { readResultFile, RESULT_FORMAT, type ResultIdentity, type RunResult } from './result-file';

/** A sweep read back from one or more directories (shards may have written to different ones). */
export interface CollectedSweep {
  manifest: Manifest;
  /** Complete, checked results, in run order. */
  results: RunResult[];
  /** Runs with no usable result, in run order, with the reason for the first directory's file. */
  missing: { id: string; reason: string }[];
}

/** The identity every run's result must carry, as the manifest states it. */
export function identityFromManifest(m: Manifest, run: Manifest['runs'][number]): ResultIdentity {
  const point = m.points[run.point];
  return {
    format: RESULT_FORMAT, id: run.id, index: run.index, point: run.point, replication: run.replication,
    seed: run.seed, params: point.params, engineVersion: m.engineVersion, scenarioSha256: point.scenarioSha256,
    years: point.years, keep: m.keep,
  };
}

/**
 * Reads the sweep in `dirs`: all manifests must be the same sweep; each run's result is taken
 * from the first directory holding a complete, matching file.
 */
export function collectSweep(dirs: string[]): CollectedSweep {
  if (!dirs.length) throw new UsageError('no sweep directory given');
  const manifest = readManifest(dirs[0]);
  const text = manifestText(manifest);
  for (const d of dirs.slice(1)) {
    readManifest(d);
    if (readFileSync(join(d, 'manifest.json'), 'utf8') !== text) throw new UsageError(`${d} holds a different sweep than ${dirs[0]}`);
  }
  const results: RunResult[] = [];
  const missing: CollectedSweep['missing'] = [];
  for (const run of manifest.runs) {
    const expected = identityFromManifest(manifest, run);
    let reason = '';
    for (const d of dirs) {
      const r = readResultFile(join(d, 'runs', `${run.id}.json`), expected);
      if (r.ok) { results.push(r.result); reason = ''; break; }
      reason ||= r.reason;
    }
    if (reason) missing.push({ id: run.id, reason });
  }
  return { manifest, results, missing };
}
