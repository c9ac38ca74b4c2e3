/**
 * Worked examples: each index computed again, step by step, on the current run's latest year,
 * with the same functions the engine records with (src/sim/metrics, pure and DOM-free). Returns
 * message keys and raw numbers; the glossary formats them for the chosen language.
 */
import type { MessageKey } from '../i18n';
import type { GlossaryTerm } from './terms';
import {
  cv, williamson, theilDecomposition, gini, locationQuotients, diversityIndex, jacobsDiversity,
  krugmanSpecialization, moran, inverseDistanceWeights,
} from '../../sim/metrics';

export interface NamedItem { name: string; nameZh?: string }

/** The current run as the examples need it (latest recorded year). */
export interface ExplainInputs {
  year: number;
  cities: (NamedItem & { region: string; x: number; y: number })[];
  sectors: (NamedItem & { id: string })[];
  population: ArrayLike<number>;
  gdpPerCapita: ArrayLike<number>;
  /** N×S employment of the same year, when the worker sent it. */
  employment: ArrayLike<number> | null;
  /** The year of `employment` (it may lag the latest row while a run plays). */
  employmentYear: number;
  peak: { year: number; cv: number } | null;
  resilience: { sector: string; year: number; until: number; cities: Record<string, number>; clusterChange: number }[] | null;
}

/** A value to show: a number (with decimals), a share as a percentage, a year, a city or sector name, or plain text. */
export type ExampleValue = { num: number; digits?: number } | { pct: number } | { year: number } | { item: NamedItem } | { text: string };

export interface ExampleLine {
  key: MessageKey;
  params: Record<string, ExampleValue>;
}

const n3 = (v: number) => ({ num: v, digits: 3 });
const n2 = (v: number) => ({ num: v, digits: 2 });

/** Indices of the cities that are active (population > 0): the engine's indices skip the others. */
function active(x: ExplainInputs): number[] {
  return x.cities.map((_, i) => i).filter((i) => (x.population[i] ?? 0) > 0);
}

const pick = (a: ArrayLike<number>, idx: number[]) => Float64Array.from(idx, (i) => a[i]);

function argBy(idx: number[], v: (i: number) => number, max = true): number {
  return idx.reduce((b, i) => ((max ? v(i) > v(b) : v(i) < v(b)) ? i : b), idx[0]);
}

/** The worked example of `term` on the inputs, or a line saying what is missing. */
export function workedExample(term: GlossaryTerm, x: ExplainInputs): ExampleLine[] {
  const idx = active(x);
  if (idx.length < 2) return [{ key: 'glossary.example.noRun', params: {} }];
  const y = pick(x.gdpPerCapita, idx), p = pick(x.population, idx), n = idx.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const year = { year: x.year };
  const hi = argBy(idx, (i) => x.gdpPerCapita[i]), lo = argBy(idx, (i) => x.gdpPerCapita[i], false);
  switch (term) {
    case 'cv': {
      const v = cv(y);
      return [
        { key: 'glossary.cv.example', params: { year, n: { num: n, digits: 0 }, mean: n3(mean), sd: n3(v * mean), cv: { num: v, digits: 4 } } },
        { key: 'glossary.example.range', params: { hi: { item: x.cities[hi] }, hiY: n3(x.gdpPerCapita[hi]), lo: { item: x.cities[lo] }, loY: n3(x.gdpPerCapita[lo]) } },
      ];
    }
    case 'williamson': {
      const P = p.reduce((a, b) => a + b, 0), yw = y.reduce((a, v, k) => a + v * p[k], 0) / P;
      return [{ key: 'glossary.williamson.example', params: { year, P: n2(P), yw: n3(yw), mean: n3(mean), v: { num: williamson(y, p), digits: 4 }, cv: { num: cv(y), digits: 4 } } }];
    }
    case 'theil': {
      const regions = [...new Set(idx.map((i) => x.cities[i].region))];
      const d = theilDecomposition(y, idx.map((i) => regions.indexOf(x.cities[i].region)));
      return [{ key: 'glossary.theil.example', params: { year, total: { num: d.total, digits: 4 }, between: { num: d.between, digits: 4 }, within: { num: d.within, digits: 4 }, groups: { num: regions.length, digits: 0 } } }];
    }
    case 'gini':
      return [{ key: 'glossary.gini.example', params: { year, n: { num: n, digits: 0 }, g: { num: gini(y), digits: 4 }, max: n3(1 - 1 / n) } }];
    case 'turningPoint':
      return x.peak
        ? [{ key: 'glossary.turningPoint.example', params: { peak: { year: x.peak.year }, cv: { num: x.peak.cv, digits: 4 } } }]
        : [{ key: 'glossary.turningPoint.none', params: { year } }];
    case 'moran': {
      const dist = new Float64Array(n * n);
      idx.forEach((i, a) => idx.forEach((j, b) => { dist[a * n + b] = Math.hypot(x.cities[i].x - x.cities[j].x, x.cities[i].y - x.cities[j].y); }));
      const m = moran(y, inverseDistanceWeights(dist, n, true), n);
      return [{ key: 'glossary.moran.example', params: { year, I: { num: m.I, digits: 3 }, e: { num: m.expected, digits: 3 }, z: n2(m.z) } }];
    }
    case 'martin': {
      const r = x.resilience?.[0];
      if (!r) return [{ key: 'glossary.martin.none', params: {} }];
      const names = Object.keys(r.cities);
      const worst = names.reduce((a, b) => (r.cities[b] > r.cities[a] ? b : a));
      const best = names.reduce((a, b) => (r.cities[b] < r.cities[a] ? b : a));
      const item = (name: string) => ({ item: x.cities.find((c) => c.name === name) ?? { name } });
      const sector = x.sectors.find((s) => s.id === r.sector) ?? { name: r.sector };
      return [{ key: 'glossary.martin.example', params: {
        sector: { item: sector }, from: { year: r.year - 1 }, until: { year: r.until }, cluster: { pct: r.clusterChange },
        worst: item(worst), worstB: n2(r.cities[worst]), best: item(best), bestB: n2(r.cities[best]),
      } }];
    }
    default:
      return structureExample(term, x, idx);
  }
}

/** LQ, diversity, Jacobs and Krugman examples: they need the employment matrix. */
function structureExample(term: 'lq' | 'diversity' | 'jacobs' | 'krugman', x: ExplainInputs, idx: number[]): ExampleLine[] {
  if (!x.employment) return [{ key: 'glossary.example.noEmployment', params: {} }];
  const S = x.sectors.length, n = idx.length, year = { year: x.employmentYear };
  const e = new Float64Array(n * S);
  idx.forEach((i, a) => { for (let k = 0; k < S; k++) e[a * S + k] = x.employment![i * S + k]; });
  const lq = locationQuotients(e, n, S);
  const row = (a: number) => { let s = 0; for (let k = 0; k < S; k++) s += e[a * S + k]; return s; };
  const E = Array.from({ length: n }, (_, a) => row(a)).reduce((u, v) => u + v, 0);
  const col = (k: number) => { let s = 0; for (let a = 0; a < n; a++) s += e[a * S + k]; return s; };
  const city = (a: number) => ({ item: x.cities[idx[a]] });
  const all = Array.from({ length: n }, (_, a) => a);
  if (term === 'lq') {
    let best = 0;
    for (let j = 1; j < n * S; j++) if (lq[j] > lq[best]) best = j;
    const a = Math.floor(best / S), k = best % S;
    return [{ key: 'glossary.lq.example', params: {
      year, city: city(a), sector: { item: x.sectors[k] }, local: { num: e[best] / row(a), digits: 3 }, cluster: { num: col(k) / E, digits: 3 }, lq: n2(lq[best]),
    } }];
  }
  if (term === 'diversity') {
    const di = diversityIndex(lq, n, S);
    const a = argBy(all, (j) => di[j]), b = argBy(all, (j) => di[j], false);
    return [{ key: 'glossary.diversity.example', params: { year, top: city(a), topDi: n2(di[a]), low: city(b), lowDi: n2(di[b]), s: { num: S, digits: 0 } } }];
  }
  if (term === 'jacobs') {
    const d = jacobsDiversity(e, n, S);
    const a = argBy(all, (j) => d[j]), b = argBy(all, (j) => d[j], false);
    return [{ key: 'glossary.jacobs.example', params: { year, top: city(a), topD: { num: d[a], digits: 1 }, low: city(b), lowD: { num: d[b], digits: 1 } } }];
  }
  const ks = krugmanSpecialization(e, n, S);
  const a = argBy(all, (j) => ks[j]), b = argBy(all, (j) => ks[j], false);
  return [{ key: 'glossary.krugman.example', params: { year, top: city(a), topK: n3(ks[a]), low: city(b), lowK: n3(ks[b]) } }];
}
