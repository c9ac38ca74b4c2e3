import type { CaseResult } from './case-result';
import type { Machine } from './machine';

/** A case that could not be measured (over the time limit, or failed). */
export interface Skipped {
  model: CaseResult['model'];
  impl: CaseResult['impl'];
  scenario: string;
  firms: number;
  cities: number;
  skipped: string;
}

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const big = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : String(x));

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n');
}

/** The results as Markdown tables: all cases, then the reference model's ratios to each peer. */
export function formatReport(machine: Machine, cases: CaseResult[], skipped: Skipped[]): string {
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}; load average at start ${machine.loadAverage}; ${machine.date}`);
  out.push('');
  const rows = cases.map((c) => [c.model, c.impl, c.scenario, big(c.firms), String(c.cities), String(c.sectors),
    `${fmt(c.msPerTick)} [${fmt(c.msPerTickMin)}–${fmt(c.msPerTickMax)}]`,
    c.notes?.cpuMsPerTick !== undefined ? fmt(Number(c.notes.cpuMsPerTick)) : '',
    c.reviewsPerSec ? big(c.reviewsPerSec) : '', fmt(c.yearsPerSec),
    c.bytesPerFirm === null ? '' : c.bytesPerFirm.toFixed(1), fmt(c.peakRssMB)]);
  for (const s of skipped) rows.push([s.model, s.impl, s.scenario, big(s.firms), String(s.cities), '', `skipped: ${s.skipped}`, '', '', '', '', '']);
  out.push(table(['model', 'impl', 'scenario', 'firms', 'N', 'S', 'ms/tick median [min–max]', 'cpu ms/tick', 'reviews/s', 'years/s', 'B/firm', 'peak RSS MB'], rows));
  const ref = cases.filter((c) => c.model === 'reference');
  const sizes = [...new Set(ref.map((c) => c.firms))];
  const peers = (['typed', 'plain', 'agentscript', 'flocc'] as const).filter((p) => ref.some((c) => c.impl === p));
  if (peers.length && ref.some((c) => c.impl === 'spillover')) {
    out.push('');
    out.push('Reference model: how many times faster Spillover is than each peer (peer ms/tick ÷ Spillover ms/tick, same run)');
    out.push('');
    out.push(table(['firms', ...peers.map((p) => `× ${p}`)], sizes.map((F) => {
      const ours = ref.find((c) => c.firms === F && c.impl === 'spillover');
      return [big(F), ...peers.map((p) => {
        const o = ref.find((c) => c.firms === F && c.impl === p);
        return ours && o ? (o.msPerTick / ours.msPerTick).toFixed(1) : '–';
      })];
    })));
  }
  const full = cases.filter((c) => c.model === 'full' && c.scenario.startsWith('synthetic'));
  const oursRef = ref.filter((c) => c.impl === 'spillover');
  if (full.length && oursRef.length) {
    out.push('');
    out.push('Full model ÷ reference step at the same number of firms (target ≤ 3)');
    out.push('');
    out.push(table(['scenario', 'firms', 'full ms/tick', 'reference ms/tick', 'ratio'], full.flatMap((c) => {
      const r = oursRef.find((x) => Math.abs(x.firms - c.firms) / x.firms < 0.2);
      return r ? [[c.scenario, big(c.firms), fmt(c.msPerTick), fmt(r.msPerTick), (c.msPerTick / r.msPerTick).toFixed(1)]] : [];
    })));
  }
  const market = cases.filter((c) => c.model === 'market' || (c.model === 'full' && c.notes?.marketMsMedian !== undefined && c.cities >= 100));
  if (market.length) {
    out.push('');
    out.push('Market clearing (target < 5 ms a tick at 200 cities × 9 sectors)');
    out.push('');
    out.push(table(['case', 'firms', 'N', 'market ms', 'evaluations'], market.flatMap((c) => {
      const n = c.notes ?? {};
      if (c.model === 'full') return [[`full model, median of its timed ticks (${c.scenario})`, big(c.firms), String(c.cities), fmt(Number(n.marketMsMedian)), String(n.marketIterationsMedian ?? '')]];
      const rows = [[`year-4 re-solve, median of repeats (${c.scenario})`, big(c.firms), String(c.cities), fmt(c.msPerTick), String(n.iterations ?? '')]];
      if (n.runMsMedian !== undefined) {
        rows.push([`every year of a ${n.runYears}-year run: median / 90th pct / max`, big(c.firms), String(c.cities),
          `${fmt(Number(n.runMsMedian))} / ${fmt(Number(n.runMsP90))} / ${fmt(Number(n.runMsMax))}`, `${n.runIterationsMedian} (max ${n.runIterationsMax})`]);
      }
      return rows;
    })));
  }
  return out.join('\n');
}
