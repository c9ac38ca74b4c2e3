import type { World } from './world';
import { INNOVATING } from '../agents/firm-store';
import { stageFactors } from './stage';
import { exp, log, pow } from './math';

/**
 * City GDP: income from firms' wage bills (zero profit: value added = wages), the local
 * residents' output and housing rent (Y_j from the market), then enclave-park sharing — a
 * share of the value added of the park's firms is counted to the partner city instead of the
 * host. Sharing moves GDP between cities; the cluster total is unchanged.
 */
export function computeGdp(w: World): void {
  const { N, S, market, gdp, parks, firms, scenario, lnShifter } = w;
  for (let i = 0; i < N; i++) gdp[i] = market.income[i];
  if (!parks.length) return;
  const p = scenario.params;
  const rho = (p.sigma - 1) / p.sigma;
  const size = [stageFactors(p, INNOVATING).size * w.firmSize, stageFactors(p, 1).size * w.firmSize];
  const { city, origin, sector, stage, zr } = firms;
  for (let f = 0; f < firms.count; f++) {
    for (const pk of parks) {
      const s = sector[f];
      if (!pk.sectors[s]) continue;
      const c = city[f], o = origin[f];
      let partner = -1;
      if (pk.direction !== 'reverse' && c === pk.to && o === pk.from) partner = pk.from;
      else if (pk.direction !== 'forward' && c === pk.from && o === pk.to) partner = pk.to;
      if (partner < 0) continue;
      const cell = c * S + s, k = stage[f];
      // Value added of firm f: w_f n_f = zr (X n)^ρ M^(1/σ)
      const va = zr[f] * exp(rho * (lnShifter[2 * cell + k] + log(size[k]))) * pow(market.M[cell], 1 / p.sigma);
      const moved = pk.outputShare * va;
      gdp[c] -= moved;
      gdp[partner] += moved;
      break;
    }
  }
}
