import { METRIC_NAMES } from '../sim';
import type { CollectedSweep } from './collect';
import type { PointSummary } from './replication-summary';
import type { MeanInterval } from './interval';

export type Cell = string | number | boolean | null;

/** A tidy table: named columns, one row per observation. */
export interface Table { columns: string[]; rows: Cell[][] }

/**
 * The runs as a tidy table, parameters and seed as columns, in run-id order. keep "series":
 * one row per run × year × metric; keep "summary": one row per run (peak, first and largest CV,
 * every metric's last value, the run's hash).
 */
export function runTable(sweep: CollectedSweep): Table {
  const { manifest, results } = sweep;
  const params = manifest.parameters;
  const head = ['run', ...params, 'seed', 'replication'];
  const lead = (r: CollectedSweep['results'][number]): Cell[] => [r.id, ...params.map((p) => r.params[p]), r.seed, r.replication];
  if (manifest.keep === 'series') {
    const rows: Cell[][] = [];
    for (const r of results) {
      const l = lead(r), s = r.outputs.series!;
      r.outputs.years.forEach((year, t) => { for (const m of METRIC_NAMES) rows.push([...l, year, m, s[m][t]]); });
    }
    return { columns: [...head, 'year', 'metric', 'value'], rows };
  }
  const columns = [...head, 'peakYear', 'peakCv', 'cvFirst', 'cvMax', ...METRIC_NAMES.map((m) => `final.${m}`), 'hash'];
  const rows = results.map((r): Cell[] => {
    const o = r.outputs;
    return [...lead(r), o.peak?.year ?? null, o.peak?.cv ?? null, o.cv[0], Math.max(...o.cv.filter((x) => x !== null)),
      ...METRIC_NAMES.map((m) => o.final[m]), o.hash];
  });
  return { columns, rows };
}

/**
 * The replication summaries as a tidy table: per parameter point, one row per year of the CV
 * curve (stat "cv") and one row each for "peakYear" and "peakCv"; mean and 95% interval of the mean.
 */
export function summaryTable(parameters: string[], points: PointSummary[]): Table {
  const columns = ['point', ...parameters, 'runs', 'stat', 'year', 'n', 'mean', 'ci95Lo', 'ci95Hi'];
  const rows: Cell[][] = [];
  const cells = (m: MeanInterval): Cell[] => [m.n, m.mean, m.lo, m.hi];
  for (const p of points) {
    const lead: Cell[] = [p.point, ...parameters.map((k) => p.params[k]), p.runs];
    for (const c of p.cv) rows.push([...lead, 'cv', c.year, ...cells(c)]);
    rows.push([...lead, 'peakYear', null, ...cells(p.peakYear)]);
    rows.push([...lead, 'peakCv', null, ...cells(p.peakCv)]);
  }
  return { columns, rows };
}

/** RFC 4180 CSV; empty cells for null and non-finite numbers. */
export function toCsv(t: Table): string {
  const cell = (v: Cell) => {
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [t.columns, ...t.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
