/** Downloads of a run: the series as CSV (one row a year), the run as JSON. Pure text builders. */
import { METRIC_NAMES } from '../sim/series';
import type { RunStore } from './run-store';

/** CSV: `year,<metric…>,<gdpPerCapita:city…>,<population:city…>`, one row per recorded year. */
export function seriesCsv(store: RunStore): string {
  const cities = store.meta.cities.map((c) => c.name);
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = ['year', ...METRIC_NAMES, ...cities.map((c) => `gdpPerCapita:${c}`), ...cities.map((c) => `population:${c}`)];
  const rows = [head.map(quote).join(',')];
  for (let t = 0; t < store.length; t++) {
    const row: number[] = [store.years[t], ...METRIC_NAMES.map((m) => store.metrics[m][t])];
    for (const a of [store.gdpPerCapita, store.population]) row.push(...store.cityRow(a, t));
    rows.push(row.join(','));
  }
  return rows.join('\n') + '\n';
}

/** The run as JSON: what reproduces it (raw scenario, seed, engine version) and what it recorded. */
export function runJson(store: RunStore, rawScenario: unknown): string {
  const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, Array.from(store.column(m))]));
  return JSON.stringify({
    engineVersion: store.meta.engineVersion,
    seed: store.meta.seed,
    scenario: rawScenario,
    years: Array.from(store.years.subarray(0, store.length)),
    metrics,
    peak: store.peak,
    hash: store.hash,
  }, null, 2);
}

/** Starts a browser download of `data` (text or a blob). */
export function download(filename: string, data: string | Blob, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
