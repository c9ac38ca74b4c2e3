import type { ReportData } from './report-data';
import { formatInterval, pointLabel } from './report-text';

const W = 720, H = 380, M = { left: 56, right: 16, top: 16, bottom: 40 };
/** Okabe–Ito colours (distinguishable with colour-vision deficiencies), cycled. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fin = (x: number) => Number.isFinite(x);
const f1 = (x: number) => x.toFixed(1);

/**
 * A self-contained HTML page (no scripts, no external assets): the mean CV curve of each
 * parameter point with its 95% band, drawn as inline SVG, and the summary table.
 */
export function reportHtml(d: ReportData): string {
  const all = d.points.flatMap((p) => p.cv);
  const years = all.map((c) => c.year);
  const ys = all.flatMap((c) => [c.mean, c.lo, c.hi]).filter(fin);
  const x0 = Math.min(...years), x1 = Math.max(...years, x0 + 1);
  const y0 = Math.min(0, ...ys), y1 = Math.max(...ys, y0 + 1e-9) * 1.05;
  const sx = (x: number) => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const curves = d.points.map((p, k) => {
    const c = COLOURS[k % COLOURS.length];
    const band = p.cv.filter((v) => fin(v.lo));
    const poly = [...band.map((v) => `${f1(sx(v.year))},${f1(sy(v.hi))}`), ...band.reverse().map((v) => `${f1(sx(v.year))},${f1(sy(v.lo))}`)];
    const line = p.cv.filter((v) => fin(v.mean)).map((v) => `${f1(sx(v.year))},${f1(sy(v.mean))}`).join(' ');
    return (poly.length ? `<polygon points="${poly.join(' ')}" fill="${c}" fill-opacity="0.15" stroke="none"/>` : '') +
      `<polyline points="${line}" fill="none" stroke="${c}" stroke-width="2"><title>${esc(pointLabel(p.params))}</title></polyline>`;
  }).join('\n');
  const xt = ticks(x0, x1, 6).map((x) => `<line x1="${f1(sx(x))}" x2="${f1(sx(x))}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#444"/><text x="${f1(sx(x))}" y="${H - M.bottom + 18}" text-anchor="middle">${x}</text>`).join('');
  const yt = ticks(y0, y1, 5).map((y) => `<line x1="${M.left - 5}" x2="${W - M.right}" y1="${f1(sy(y))}" y2="${f1(sy(y))}" stroke="#ddd"/><text x="${M.left - 8}" y="${f1(sy(y) + 4)}" text-anchor="end">${+y.toFixed(4)}</text>`).join('');
  const rows = d.points.map((p, k) => `<tr><td><span class="sw" style="background:${COLOURS[k % COLOURS.length]}"></span>${esc(pointLabel(p.params))}</td><td>${p.runs}</td><td>${p.peakYear.n}</td><td>${formatInterval(p.peakYear, 1)}</td><td>${formatInterval(p.peakCv, 4)}</td></tr>`).join('\n');
  const missing = d.missing.length ? ` — incomplete: ${d.missing.length} runs missing` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)} — Spillover sweep</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#222}svg text{font-size:12px;fill:#444}
table{border-collapse:collapse}td,th{padding:3px 10px;white-space:nowrap;border-bottom:1px solid #ddd;text-align:left}
.sw{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}</style></head>
<body><h1>${esc(d.title)}</h1>
<p>${d.totalRuns} runs, ${d.points.length} parameter points${missing}. Mean CV of per-capita GDP across cities per year; bands: 95% interval of the mean over replications.</p>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="CV curves">
${yt}${xt}<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#444"/>
<text x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">year</text>
<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">CV of per-capita GDP</text>
${curves}
</svg>
<table><thead><tr><th>parameter point</th><th>runs</th><th>peaks</th><th>peak year (95% CI)</th><th>peak CV (95% CI)</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

/** About `count` round tick values from lo to hi (1, 2 or 5 × a power of ten apart). */
export function ticks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}
