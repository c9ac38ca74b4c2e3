import type { World } from './world';
import { cv, williamson, theil, theilDecomposition, gini, moran, inverseDistanceWeights, rankSizeSlope,
  locationQuotients, diversityIndex, krugmanSpecialization } from './metrics';
import { GROUP_CODES } from './productivity';
import { meanFreeness } from './costs';

/**
 * Records this year's state into the series (the metric table of series.ts). Indices are taken
 * over the active cities; Moran's I uses row-standardised inverse geographic distance weights.
 */
export function recordState(w: World): void {
  const { N, S, series, pop, gdp, emp, active } = w;
  const t = series.length;
  series.year[t] = w.year;
  const idx: number[] = [];
  for (let i = 0; i < N; i++) if (active[i]) idx.push(i);
  const n = idx.length;
  const y = w.scratch.f64('record.y', n), p = w.scratch.f64('record.p', n), groups = w.scratch.f64('record.groups', n);
  const e = w.scratch.f64('record.e', n * S);
  idx.forEach((i, a) => {
    p[a] = pop[i];
    y[a] = pop[i] > 0 ? gdp[i] / pop[i] : 0;
    groups[a] = w.region[i];
    for (let s = 0; s < S; s++) e[a * S + s] = emp[i * S + s];
  });
  const m = series.metrics;
  m.cv[t] = cv(y);
  m.weightedCv[t] = williamson(y, p);
  m.theil[t] = theil(y);
  const td = theilDecomposition(y, groups);
  m.theilBetween[t] = td.between;
  m.theilWithin[t] = td.within;
  m.gini[t] = gini(y);
  if (n >= 3) {
    const mi = moran(y, moranWeights(w, idx), n);
    m.moranI[t] = mi.I;
    m.moranZ[t] = mi.z;
  }
  m.rankSize[t] = rankSizeSlope(p);
  const lq = locationQuotients(e, n, S, w.scratch.f64('record.lq', n * S));
  const div = diversityIndex(lq, n, S, w.scratch.f64('record.diversity', n));
  const spec = krugmanSpecialization(e, n, S, w.scratch.f64('record.specialization', n));
  m.meanDiversity[t] = mean(div);
  m.meanSpecialization[t] = mean(spec);
  m.coreShareManufacturing[t] = groupShare(w, GROUP_CODES.manufacturing);
  m.coreShareInnovation[t] = groupShare(w, GROUP_CODES.innovation);
  let popTot = 0, empTot = 0, gdpTot = 0;
  for (let i = 0; i < N; i++) { popTot += pop[i]; gdpTot += gdp[i]; for (let s = 0; s < S; s++) empTot += emp[i * S + s]; }
  let firmsTot = 0, innovating = 0;
  for (let k = 0; k < w.firmCount.length; k++) { firmsTot += w.firmCount[k]; if (!(k & 1)) innovating += w.firmCount[k]; }
  m.firms[t] = firmsTot;
  m.innovatingFirms[t] = innovating;
  m.population[t] = popTot;
  m.employment[t] = empTot;
  m.gdp[t] = gdpTot;
  m.tradeFreeness[t] = meanFreeness(w, pop);
  series.population.set(pop, t * N);
  series.gdp.set(gdp, t * N);
  for (let i = 0; i < N; i++) series.gdpPerCapita[t * N + i] = pop[i] > 0 ? gdp[i] / pop[i] : 0;
  series.firmOutput.set(w.market.wageBill, t * N);
  series.employment.set(emp, t * N * S);
}

/** Records what firms did during the year (after the decisions). */
export function recordFlows(w: World): void {
  const { series, flows } = w;
  const t = series.length;
  const m = series.metrics;
  m.relocations[t] = w.relocations;
  m.births[t] = w.births;
  m.exits[t] = w.exits;
  for (let k = 0; k < flows.length; k++) series.flowsTotal[k] += flows[k];
  series.length = t + 1;
}

function groupShare(w: World, group: number): number {
  const { N, S, emp, sectorGroup, core } = w;
  let all = 0, atCore = 0;
  for (let i = 0; i < N; i++) {
    for (let s = 0; s < S; s++) {
      if (sectorGroup[s] !== group) continue;
      all += emp[i * S + s];
      if (i === core) atCore += emp[i * S + s];
    }
  }
  return all > 0 ? atCore / all : 0;
}

/** Row-standardised inverse-distance weights among the active cities, rebuilt only when that set changes. */
const weightCache = new WeakMap<World, { key: string; W: Float64Array }>();
function moranWeights(w: World, idx: number[]): Float64Array {
  const key = idx.join(',');
  const hit = weightCache.get(w);
  if (hit && hit.key === key) return hit.W;
  const n = idx.length, dist = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) dist[a * n + b] = w.distKm[idx[a] * w.N + idx[b]];
  const W = inverseDistanceWeights(dist, n, true);
  weightCache.set(w, { key, W });
  return W;
}

function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : 0;
}
