import type { World } from './world';
import { stageFactors } from './stage';
import { exp, log } from './math';

/** Log-payoff penalty on a city × sector cell whose share exceeds a policy cap. */
export const CAP_PENALTY = 3;

/**
 * The location payoff of a firm of sector s and stage k in city i, in logs and without the
 * firm's own productivity (which shifts every city alike and so drops out of the choice):
 *
 *   V_isk = ((σ−1) ln X_isk + ln M_is − ln n_k)/σ − ln P_i − γ ln(ρ_i/ρ̄) − ℓ_sk ln(r_i/r̄)
 *
 * The first term is the log zero-profit wage the firm can pay (the wage equation), P_i the cost
 * of living (price indices and housing), ρ_i residents per km² (congestion, Tabuchi 1998) and
 * r_i land rent (the firm's own land use). V is the log real reward per worker the firm offers:
 * what it maximises when it chooses a location. In the two-city configuration with every
 * extra mechanism off, V is exactly Krugman's real wage ω = w G^(−μ).
 *
 * Also fills `exitCutoff`: a firm with zr below the cutoff of its cell cannot pay its workers
 * the local (traditional) wage plus the threshold margin, net of its land and congestion costs.
 */
export function computePayoffs(w: World, exitCutoff: Float64Array, localWage: number): void {
  const { N, S, scenario, market, payoff, lnShifter, area, active, local } = w;
  const p = scenario.params;
  const sigma = p.sigma;
  const rho = (sigma - 1) / sigma;
  const urban = p.mechanisms.urbanCosts;
  const cityEmp = w.cityEmp; // the census's
  // Cluster averages for the relative cost terms.
  let popTot = 0, areaTot = 0, rentTot = 0, landTot = 0;
  for (let i = 0; i < N; i++) {
    if (!active[i]) continue;
    popTot += cityEmp[i] + local[i];
    areaTot += area[i];
    rentTot += market.rent[i] * w.land[i];
    landTot += w.land[i];
  }
  const lnDensBar = log(Math.max(popTot / areaTot, 1e-12));
  const lnRentBar = log(Math.max(rentTot / Math.max(landTot, 1e-12), 1e-300));
  const sectorEmp = w.scratch.f64('payoff.sectorEmp', S);
  for (let i = 0; i < N; i++) for (let s = 0; s < S; s++) sectorEmp[s] += w.emp[i * S + s];
  const lnLocalWage = log(localWage);
  const f = [stageFactors(p, 0), stageFactors(p, 1)];
  const lnSize = f.map((x) => log(x.size * w.firmSize));
  for (let i = 0; i < N; i++) {
    const pop = cityEmp[i] + local[i];
    const lnDens = log(Math.max(pop / area[i], 1e-12)) - lnDensBar;
    const lnRent = market.rent[i] > 0 ? log(market.rent[i]) - lnRentBar : 0;
    const congestion = urban ? p.congestion * lnDens : 0;
    for (let s = 0; s < S; s++) {
      const c = i * S + s;
      const lnM = log(market.M[c]);
      const capped = sectorEmp[s] > 0 && w.emp[c] / sectorEmp[s] > w.sectorCap[c] ? CAP_PENALTY : 0;
      for (let k = 0; k < 2; k++) {
        const land = urban ? scenario.sectors[s].landIntensity * f[k].land * lnRent : 0;
        const nominal = rho * lnShifter[2 * c + k] + (lnM - lnSize[k]) / sigma - congestion - land - capped;
        payoff[2 * c + k] = active[i] ? nominal - market.lnCostOfLiving[i] : -Infinity;
        // ln zr + nominal < ln w_A + threshold  ⇔  zr < exp(ln w_A + threshold − nominal)
        // The cap's penalty steers relocation only; exit looks at what the firm can pay.
        exitCutoff[2 * c + k] = exp(lnLocalWage + p.exit.threshold - (nominal + capped));
      }
    }
  }
}
