import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../cli/args';
import { MERGE_FORMAT, mergeSweep, type MergedSweep } from './merge';
import type { PointSummary } from './replication-summary';
import type { MeanInterval } from './interval';

/** What a report shows: the sweep's label, its parameters and one summary per parameter point. */
export interface ReportData {
  title: string;
  parameters: string[];
  totalRuns: number;
  missing: string[];
  points: PointSummary[];
}

/** Report data from a sweep directory (incomplete sweeps are reported as they stand) or a merged JSON file. */
export function loadReportData(dirOrFile: string): ReportData {
  let isDir: boolean;
  try {
    isDir = statSync(dirOrFile).isDirectory();
  } catch {
    throw new UsageError(`${dirOrFile}: no such sweep directory or merged file`);
  }
  if (isDir) {
    const { merged, points } = mergeSweep([dirOrFile], true);
    return fromMerged(merged, points);
  }
  let m: MergedSweep;
  try {
    m = JSON.parse(readFileSync(dirOrFile, 'utf8'));
  } catch {
    throw new UsageError(`${dirOrFile}: not a merged JSON file (merge with --format json, or give the sweep directory)`);
  }
  if (m?.format !== MERGE_FORMAT) throw new UsageError(`${dirOrFile}: not a merged JSON file (format ${JSON.stringify(m?.format)})`);
  return fromMerged(m, pointsFromSummary(m));
}

function fromMerged(m: MergedSweep, points: PointSummary[]): ReportData {
  const s = m.sweep;
  const title = s.spec.name ?? `${s.spec.scenario}, seed ${s.spec.seed}, ${s.years} years`;
  return { title, parameters: s.parameters, totalRuns: s.totalRuns, missing: s.missing, points };
}

/** Rebuilds the per-point summaries from a merged file's summary table (JSON has null for NaN). */
function pointsFromSummary(m: MergedSweep): PointSummary[] {
  const col = Object.fromEntries(m.summary.columns.map((c, i) => [c, i]));
  const num = (v: unknown) => (typeof v === 'number' ? v : NaN);
  const byPoint = new Map<number, PointSummary>();
  for (const row of m.summary.rows) {
    const point = row[col.point] as number;
    let p = byPoint.get(point);
    if (!p) {
      const params = Object.fromEntries(m.sweep.parameters.map((k) => [k, row[col[k]] as string | number | boolean]));
      const empty: MeanInterval = { n: 0, mean: NaN, lo: NaN, hi: NaN };
      p = { point, params, runs: row[col.runs] as number, cv: [], peakYear: empty, peakCv: empty };
      byPoint.set(point, p);
    }
    const mi: MeanInterval = { n: num(row[col.n]), mean: num(row[col.mean]), lo: num(row[col.ci95Lo]), hi: num(row[col.ci95Hi]) };
    const stat = row[col.stat];
    if (stat === 'cv') p.cv.push({ year: row[col.year] as number, ...mi });
    else if (stat === 'peakYear') p.peakYear = mi;
    else if (stat === 'peakCv') p.peakCv = mi;
  }
  return [...byPoint.values()];
}
