import type { Manifest } from './manifest';
import type { RunResult } from './result-file';
import { meanInterval, type MeanInterval } from './interval';

/** Across the replications of one parameter point: the CV curve, the peak year and the peak height. */
export interface PointSummary {
  point: number;
  params: Manifest['points'][number]['params'];
  /** Replications with a result. */
  runs: number;
  /** Mean and 95% interval of the CV of per-capita GDP, year by year. */
  cv: (MeanInterval & { year: number })[];
  /** Over the runs whose CV curve peaks inside the horizon (`n` says how many). */
  peakYear: MeanInterval;
  peakCv: MeanInterval;
}

const finite = (xs: (number | null)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/** One summary per parameter point that has at least one result, in point order. */
export function summarizeReplications(manifest: Manifest, results: RunResult[]): PointSummary[] {
  const byPoint = new Map<number, RunResult[]>();
  for (const r of results) byPoint.set(r.point, [...(byPoint.get(r.point) ?? []), r]);
  const out: PointSummary[] = [];
  for (const p of manifest.points) {
    const rs = byPoint.get(p.point);
    if (!rs) continue;
    const years = rs[0].outputs.years;
    out.push({
      point: p.point,
      params: p.params,
      runs: rs.length,
      cv: years.map((year, t) => ({ year, ...meanInterval(finite(rs.map((r) => r.outputs.cv[t]))) })),
      peakYear: meanInterval(finite(rs.map((r) => r.outputs.peak?.year ?? null))),
      peakCv: meanInterval(finite(rs.map((r) => r.outputs.peak?.cv ?? null))),
    });
  }
  return out;
}
