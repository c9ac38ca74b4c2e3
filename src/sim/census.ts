import type { World } from './world';
import { stageFactors } from './stage';

/**
 * Counts firms into city × sector × stage cells: firm counts, Σ zr, and employment.
 * One pass over the firms; everything else in the tick works on cells.
 */
export function census(w: World): void {
  const { S, firms, firmCount, zSum, emp } = w;
  firmCount.fill(0);
  zSum.fill(0);
  const { sector, city, stage, zr } = firms;
  for (let f = 0, n = firms.count; f < n; f++) {
    const k = ((city[f] * S + sector[f]) << 1) | stage[f];
    firmCount[k]++;
    zSum[k] += zr[f];
  }
  const size0 = stageFactors(w.scenario.params, 0).size * w.firmSize;
  const size1 = stageFactors(w.scenario.params, 1).size * w.firmSize;
  for (let c = 0; c < emp.length; c++) emp[c] = firmCount[2 * c] * size0 + firmCount[2 * c + 1] * size1;
}

/** Employment by city (Σ over sectors), N. */
export function cityEmployment(w: World, out = new Float64Array(w.N)): Float64Array {
  const { N, S, emp } = w;
  for (let i = 0; i < N; i++) {
    let e = 0;
    for (let s = 0; s < S; s++) e += emp[i * S + s];
    out[i] = e;
  }
  return out;
}
