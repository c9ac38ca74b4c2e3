import type { World } from '../../src/sim';
import { GROUP_CODES } from '../../src/sim/productivity';
import { MATURE, INNOVATING } from '../../src/agents/firm-store';

/** Shares of firms by city for one stage (optionally only manufacturing sectors). */
export function stageShares(w: World, stage: number, manufacturingOnly: boolean): Float64Array {
  const counts = new Float64Array(w.N);
  let total = 0;
  for (let f = 0; f < w.firms.count; f++) {
    if (w.firms.stage[f] !== stage) continue;
    if (manufacturingOnly && w.sectorGroup[w.firms.sector[f]] !== GROUP_CODES.manufacturing) continue;
    counts[w.firms.city[f]]++;
    total++;
  }
  return counts.map((c) => (total ? c / total : 0));
}

export { MATURE, INNOVATING };
