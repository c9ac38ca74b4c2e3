import { UsageError } from '../cli/args';
import { collectSweep, type CollectedSweep } from './collect';
import { summarizeReplications, type PointSummary } from './replication-summary';
import { runTable, summaryTable, toCsv, type Table } from './table';

export const MERGE_FORMAT = 'spillover-merge/1';

/** Missing ids named in a message before "and N more". */
const MAX_NAMED = 50;

/** The merged JSON document (`--format json`). */
export interface MergedSweep {
  format: typeof MERGE_FORMAT;
  sweep: {
    spec: CollectedSweep['manifest']['spec'];
    engineVersion: string;
    years: number;
    keep: 'series' | 'summary';
    replications: number;
    parameters: string[];
    totalRuns: number;
    /** Ids of runs without a result (only with --partial). */
    missing: string[];
  };
  runs: Table;
  summary: Table;
}

/**
 * Reads a sweep's directories and builds the merged tables. Throws UsageError naming the missing
 * runs when the sweep is incomplete, unless `partial`. Depends only on the results, never on how
 * they were sharded or on which thread ran them, so the output is byte-identical either way.
 */
export function mergeSweep(dirs: string[], partial: boolean): { merged: MergedSweep; points: PointSummary[] } {
  const sweep = collectSweep(dirs);
  const { manifest, missing } = sweep;
  if (missing.length && !partial) throw new UsageError(incompleteMessage(missing, manifest.runs.length));
  const points = summarizeReplications(manifest, sweep.results);
  const merged: MergedSweep = {
    format: MERGE_FORMAT,
    sweep: {
      spec: manifest.spec, engineVersion: manifest.engineVersion, years: manifest.years, keep: manifest.keep,
      replications: manifest.replications, parameters: manifest.parameters, totalRuns: manifest.runs.length,
      missing: missing.map((m) => m.id),
    },
    runs: runTable(sweep),
    summary: summaryTable(manifest.parameters, points),
  };
  return { merged, points };
}

function incompleteMessage(missing: CollectedSweep['missing'], total: number): string {
  const named = missing.slice(0, MAX_NAMED).map((m) => (m.reason === 'missing' ? m.id : `${m.id} (${m.reason})`));
  const more = missing.length > MAX_NAMED ? ` and ${missing.length - MAX_NAMED} more` : '';
  return `incomplete sweep: ${missing.length} of ${total} runs have no complete result: ${named.join(', ')}${more} (finish it with sweep --resume, or merge with --partial)`;
}

/** The files `merge` writes: the tidy runs table, and for CSV a sibling `.summary.csv`. */
export function mergedFiles(m: MergedSweep, out: string, format: 'csv' | 'json'): { path: string; text: string }[] {
  if (format === 'json') return [{ path: out, text: JSON.stringify(m) + '\n' }];
  return [{ path: out, text: toCsv(m.runs) }, { path: summaryPath(out), text: toCsv(m.summary) }];
}

/** "results.csv" → "results.summary.csv" (appends when the name has no .csv). */
export function summaryPath(out: string): string {
  return /\.csv$/i.test(out) ? out.replace(/\.csv$/i, '.summary.csv') : `${out}.summary.csv`;
}
