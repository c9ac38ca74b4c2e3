/**
 * Checks a prediction against the engine's runs: each judge names the choice the runs bear out
 * and the facts (already formatted) that the feedback shows. Pure; no DOM, no worker.
 */
import type { Judge, TomahawkRegion } from './types';
import type { Outcome } from './outcome';
import type { TomahawkResult } from '../../teach/tomahawk-api';

/** The verdict: the choice borne out (null when the runs cannot tell) and the facts for the message. */
export interface Verdict {
  answer: string | null;
  /** Message key of the facts line and its parameters (numbers formatted by the caller's `f`). */
  facts: { key: 'feedback.peak' | 'feedback.metric' | 'feedback.highest' | 'feedback.shock' | 'feedback.tomahawk'; params: Record<string, string | number> };
}

/** Formatting the verdict needs (locale-aware in the app, plain in tests). */
export interface Format {
  num(v: number, digits?: number): string;
  year(v: number): string;
  pct(v: number): string;
  none: string;
  name(item: { name: string; nameZh?: string }): string;
  figure(id: string): string;
  scenario(name: string): string;
}

/** Two turning points closer than this many years count as the same. */
const SAME_YEARS = 1;

export function judge(j: Judge, run: Outcome, others: Outcome[], f: Format): Verdict {
  if (j.kind === 'peakTiming') {
    const base = others[0];
    const facts = { key: 'feedback.peak' as const, params: { run: run.peak ? f.year(run.peak.year) : f.none, base: base?.peak ? f.year(base.peak.year) : f.none } };
    if (!run.peak) return { answer: 'none', facts };
    if (!base?.peak) return { answer: null, facts };
    const d = run.peak.year - base.peak.year;
    return { answer: Math.abs(d) < SAME_YEARS ? 'same' : d < 0 ? 'earlier' : 'later', facts };
  }
  if (j.kind === 'metricVs') {
    const base = others[0];
    const a = run[j.metric], b = base ? base[j.metric] : NaN;
    const facts = { key: 'feedback.metric' as const, params: { figure: f.figure(j.metric), run: f.num(a, 3), base: f.num(b, 3) } };
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return { answer: null, facts };
    return { answer: a > b ? 'higher' : 'lower', facts };
  }
  if (j.kind === 'highestPeak') {
    const all = [run, ...others];
    const best = all.reduce((x, y) => (y.maxCv > x.maxCv ? y : x));
    const list = all.map((o) => `${f.scenario(o.scenario)} ${f.num(o.maxCv, 3)}`).join(' · ');
    return { answer: best.scenario, facts: { key: 'feedback.highest', params: { list } } };
  }
  return judgeShock(run, f);
}

/** The most specialised city in the shocked sector and the most diversified one, and which lost more. */
function judgeShock(run: Outcome, f: Format): Verdict {
  const s = run.shock;
  const facts = { key: 'feedback.shock' as const, params: {} as Record<string, string | number> };
  if (!s) return { answer: null, facts };
  const S = run.sectors.length, N = run.cities.length;
  let spec = -1, div = -1, bestLq = -Infinity, bestDist = Infinity;
  for (let i = 0; i < N; i++) {
    if (!(run.cities[i].name in s.sensitivity)) continue;
    const lq = s.lqBefore[i * S + s.sectorIndex];
    if (lq > bestLq) { bestLq = lq; spec = i; }
    let dist = 0;
    for (let k = 0; k < S; k++) dist += Math.abs(s.lqBefore[i * S + k] - 1);
    if (dist < bestDist) { bestDist = dist; div = i; }
  }
  if (spec < 0 || div < 0 || spec === div) return { answer: null, facts };
  const change = (i: number) => s.sensitivity[run.cities[i].name] * s.clusterChange;
  const cs = change(spec), cd = change(div);
  facts.params = {
    sector: f.name(run.sectors[s.sectorIndex]), spec: f.name(run.cities[spec]), lq: f.num(bestLq, 2), specChange: f.pct(cs),
    div: f.name(run.cities[div]), divChange: f.pct(cd), cluster: f.pct(s.clusterChange),
  };
  return { answer: cs === cd ? null : cs < cd ? 'specialised' : 'diversified', facts };
}

/** Which outcome the tomahawk diagram shows in a region: from both starts, where the first city's share settles. */
export function judgeTomahawk(result: TomahawkResult, region: TomahawkRegion, f: Format): Verdict {
  const lo = region === 'band' ? result.sustain.simulated : result.break.simulated;
  const hi = region === 'band' ? result.break.simulated : 1;
  const inside = result.points.filter((p) => p.phi > lo && p.phi < hi);
  const p = inside[Math.floor(inside.length / 2)];
  if (!p) return { answer: null, facts: { key: 'feedback.tomahawk', params: { phi: '—', sym: '—', agg: '—' } } };
  const corner = (x: number) => Math.abs(x - 0.5) > 0.4;
  const facts = { key: 'feedback.tomahawk' as const, params: { phi: f.num(p.phi, 3), sym: f.num(p.fromSymmetric, 2), agg: f.num(p.fromAgglomerated, 2) } };
  const a = corner(p.fromSymmetric), b = corner(p.fromAgglomerated);
  return { answer: a && b ? 'agglomerated' : !a && !b ? 'symmetric' : 'history', facts };
}
