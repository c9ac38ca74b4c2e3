import type { World } from './world';
import { stageFactors } from './stage';

/** Years between full recounts of the cells (in between, moves, births, exits keep them). */
export const RECOUNT_EVERY = 32;

/**
 * Firm counts and Σ zr per city × sector × stage cell, and employment per cell. The cells are
 * kept up to date as firms move, mature, enter and exit (`countFirm`); a full pass over the
 * firms recounts them every RECOUNT_EVERY years, so float sums never drift far. Everything else
 * in the tick works on cells.
 */
export function census(w: World): void {
  const { S, firms, firmCount, zSum, zMin, emp } = w;
  if (w.tick % RECOUNT_EVERY === 0) {
    firmCount.fill(0);
    zSum.fill(0);
    zMin.fill(Infinity);
    const { sector, city, stage, zr } = firms;
    for (let f = 0, n = firms.count; f < n; f++) {
      const k = ((city[f] * S + sector[f]) << 1) | stage[f];
      firmCount[k]++;
      zSum[k] += zr[f];
      if (zr[f] < zMin[k]) zMin[k] = zr[f];
    }
  }
  const size0 = stageFactors(w.scenario.params, 0).size * w.firmSize;
  const size1 = stageFactors(w.scenario.params, 1).size * w.firmSize;
  for (let c = 0; c < emp.length; c++) emp[c] = firmCount[2 * c] * size0 + firmCount[2 * c + 1] * size1;
  // Residents as the market sees them this year: firm employment plus local residents.
  const cityEmp = cityEmployment(w, w.cityEmp);
  for (let i = 0; i < w.N; i++) w.pop[i] = w.active[i] ? cityEmp[i] + w.local[i] : 0;
  sectorHerfindahl(w, w.cityHhi);
}

/** Σ_s (e_is / e_i)² per city (0 for a city without firm employment), N: productivity's and entry's diversity. */
function sectorHerfindahl(w: World, out: Float64Array): void {
  const { N, S, emp, cityEmp } = w;
  for (let i = 0; i < N; i++) {
    let hhi = 0;
    if (cityEmp[i] > 0) for (let s = 0; s < S; s++) { const r = emp[i * S + s] / cityEmp[i]; hhi += r * r; }
    out[i] = hhi;
  }
}

/** Employment by city (Σ over sectors), N. */
function cityEmployment(w: World, out: Float64Array): Float64Array {
  const { N, S, emp } = w;
  for (let i = 0; i < N; i++) {
    let e = 0;
    for (let s = 0; s < S; s++) e += emp[i * S + s];
    out[i] = e;
  }
  return out;
}

/** Adds (sign +1) or removes (−1) one firm from its cell's count, Σ zr and zr lower bound. */
export function countFirm(w: World, city: number, sector: number, stage: number, zr: number, sign: number): void {
  const k = ((city * w.S + sector) << 1) | stage;
  const n = (w.firmCount[k] += sign);
  // An emptied cell is exactly empty (no rounding residue left to look like supply).
  if (n === 0) { w.zSum[k] = 0; w.zMin[k] = Infinity; return; }
  w.zSum[k] += sign * zr;
  if (sign > 0 && zr < w.zMin[k]) w.zMin[k] = zr;
}
