import type { World } from './world';
import { stageFactors } from './stage';
import { exp, log } from './math';

/** Employment (millions) at which ln(1 + L/L0) spillover terms are at ln 2. */
export const SPILLOVER_SCALE = 0.01;

/**
 * Productivity shifters per city × sector × stage, in logs, from this year's employment:
 *
 *   ln X_isk = g·t + α_s f_k ln(1 + L_is/L0) + β_s d_k ln D_i + κ_s ln(1 + K_i/L0)
 *              + η_s d_k h_i + ln(1 − shock_s)
 *
 * L_is = Σ_j e_js exp(−t_ij/δ): own-sector employment nearby (localization, Marshall–Arrow–Romer;
 *        Henderson 1974), K_i the same for the innovation sectors (knowledge spillovers;
 *        Audretsch & Feldman 1996), D_i = 1/Σ_s (e_is/e_i)² Jacobs diversity (inverse
 *        Herfindahl; Jacobs 1969, Duranton & Puga 2000), h_i the college-educated share
 *        (Moretti 2004). f_k, d_k are the stage factors (stage.ts).
 * Then Q_is = Σ_k (X_isk n_k)^((σ−1)/σ) Σ_{f∈(i,s,k)} z_f^((σ−1)/σ) for the market.
 */
export function computeProductivity(w: World): void {
  const { N, S, scenario, emp, lnShifter, Q, zSum, sectorGroup } = w;
  const p = scenario.params;
  const mech = p.mechanisms;
  const sectors = scenario.sectors;
  const rho = (p.sigma - 1) / p.sigma;
  const growth = mech.productivityGrowth ? p.productivityGrowth * w.tick : 0;
  const f0 = stageFactors(p, 0);
  const f1 = stageFactors(p, 1);
  const lnSize0 = rho * log(f0.size * w.firmSize);
  const lnSize1 = rho * log(f1.size * w.firmSize);
  const innovEmp = w.scratch.f64('productivity.innovEmp', N);
  for (let j = 0; j < N; j++) {
    let e = 0;
    for (let s = 0; s < S; s++) if (sectorGroup[s] === INNOVATION_GROUP) e += emp[j * S + s];
    innovEmp[j] = e;
  }
  // Distance-weighted employment nearby, as products with the spillover kernel (sums in j order;
  // kernel entries below the cutoff are 0 and add nothing): K_i for the innovation sectors
  // together, L_is per sector (sector-major).
  const knowledge = w.scratch.f64('productivity.knowledge', N);
  w.spill.matVec(0, innovEmp, knowledge);
  const nearby = w.scratch.f64('productivity.nearby', S * N);
  if (mech.localization) {
    const column = w.scratch.f64('productivity.column', N), sums = w.scratch.f64('productivity.sums', N);
    for (let s = 0; s < S; s++) {
      for (let j = 0; j < N; j++) column[j] = emp[j * S + s];
      w.spill.matVec(0, column, sums);
      nearby.set(sums, s * N);
    }
  }
  for (let i = 0; i < N; i++) {
    // Jacobs diversity of city i.
    const hhi = w.cityHhi[i]; // the census's
    const lnD = hhi > 0 ? -log(hhi) : 0;
    const lnK = mech.knowledge ? log(1 + knowledge[i] / SPILLOVER_SCALE) : 0;
    for (let s = 0; s < S; s++) {
      const sec = sectors[s];
      const c = i * S + s;
      const lnL = mech.localization ? log(1 + nearby[s * N + i] / SPILLOVER_SCALE) : 0;
      const common = growth + sec.knowledge * lnK + w.lnProductivityShock[s];
      const div = (mech.diversity ? sec.diversity * lnD : 0) + (mech.humanCapital ? sec.humanCapital * w.humanCapital[i] : 0);
      const x0 = common + sec.localization * f0.localization * lnL + div * f0.diversity;
      const x1 = common + sec.localization * f1.localization * lnL + div * f1.diversity;
      lnShifter[2 * c] = x0;
      lnShifter[2 * c + 1] = x1;
      Q[c] = exp(rho * x0 + lnSize0) * zSum[2 * c] + exp(rho * x1 + lnSize1) * zSum[2 * c + 1];
    }
  }
}

/** Index of the `innovation` sector group in World.sectorGroup. */
export const INNOVATION_GROUP = 1;
/** Group codes used in World.sectorGroup. */
export const GROUP_CODES = { manufacturing: 0, innovation: 1, services: 2, other: 3 } as const;
