import { describe, it, expect } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { simulate, type World } from '../../src/sim';

// The yearly exit check skips the per-firm threshold test when no cell's cutoff exceeds its zr
// lower bound (census.ts: zMin) and no firm is counting low years. These are the two facts that
// make the skip exact; a shocked run, where firms do fall below their thresholds, checks them.
describe('the exit check\'s shortcut rests on true bounds', () => {
  const raw = structuredClone(SHIPPED_SCENARIOS.teaching) as Record<string, any>;
  raw.params = { ...(raw.params ?? {}), initialFirms: 5000 };
  raw.events = [{ type: 'shock', year: 2000, sector: 'electronics', demand: 0.5, productivity: 0.3 }];
  const violations: string[] = [];
  let yearsWithLowFirms = 0;
  const check = (w: World) => {
    const { firms, zMin, S } = w;
    const exact = new Float64Array(zMin.length).fill(Infinity);
    let low = 0;
    for (let f = 0; f < firms.count; f++) {
      const k = ((firms.city[f] * S + firms.sector[f]) << 1) | firms.stage[f];
      if (firms.zr[f] < exact[k]) exact[k] = firms.zr[f];
      if (firms.lowYears[f] > 0) low++;
    }
    for (let k = 0; k < zMin.length; k++) if (!(zMin[k] <= exact[k])) violations.push(`${w.year} cell ${k}: zMin ${zMin[k]} > min zr ${exact[k]}`);
    if (low !== w.firmsBelowCutoff) violations.push(`${w.year}: ${w.firmsBelowCutoff} counted, ${low} firms with low years`);
    if (low > 0) yearsWithLowFirms++;
  };

  it('zMin never exceeds a cell\'s lowest zr, and the count of firms below their thresholds is exact', () => {
    simulate(parseScenario(raw), { seed: 4, onTick: check });
    expect(violations.slice(0, 5)).toEqual([]);
    expect(yearsWithLowFirms).toBeGreaterThan(0); // the shock exercised the full check
  });
});
