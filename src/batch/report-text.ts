import type { ReportData } from './report-data';
import type { MeanInterval } from './interval';

/** "2013.4 [2011.9, 2014.9]", or the mean alone with fewer than 2 values, or "none". */
export function formatInterval(m: MeanInterval, digits: number): string {
  if (!m.n || !Number.isFinite(m.mean)) return 'none';
  const f = (x: number) => x.toFixed(digits);
  return Number.isFinite(m.lo) ? `${f(m.mean)} [${f(m.lo)}, ${f(m.hi)}]` : f(m.mean);
}

/** Label of a parameter point: "declinePerYear=0.02, logitBeta=4" (last path segment), or "base". */
export function pointLabel(params: Record<string, unknown>): string {
  const parts = Object.entries(params).map(([k, v]) => `${k.split('.').pop()}=${v}`);
  return parts.length ? parts.join(', ') : 'base';
}

/** A compact fixed-width table: one line per parameter point. */
export function reportText(d: ReportData): string {
  const head = ['point', 'runs', 'peaks', 'peak year (95% CI)', 'peak CV (95% CI)', 'CV first → last'];
  const rows = d.points.map((p) => {
    const first = p.cv[0]?.mean, last = p.cv[p.cv.length - 1]?.mean;
    return [pointLabel(p.params), String(p.runs), String(p.peakYear.n), formatInterval(p.peakYear, 1),
      formatInterval(p.peakCv, 4), `${first?.toFixed(4)} → ${last?.toFixed(4)}`];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const missing = d.missing.length ? ` (${d.missing.length} missing)` : '';
  return [`${d.title}: ${d.totalRuns} runs${missing}, ${d.points.length} parameter points`,
    line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
