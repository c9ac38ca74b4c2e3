import type { World } from './world';
import { applyEvents } from './events';
import { updateCosts } from './costs';
import { census } from './census';
import { computeProductivity } from './productivity';
import { clearMarkets } from './market';
import { computePayoffs } from './payoff';
import { computeGdp } from './accounts';
import { recordState, recordFlows } from './record';
import { relocateFirms } from '../agents/location-choice';
import { matureAndExit } from '../agents/lifecycle';
import { birthFirms } from '../agents/entry';
import { migrate } from '../agents/migration';
import { exp } from './math';

/** Called after each phase of a step with the phase's name (bench/profile.ts times the phases with it). */
export type PhaseClock = (phase: string) => void;

/**
 * One year of the cluster, as a recipe of named phases (docs/MODEL.md, "Process overview"):
 * markets clear on the firms where they stand, firms decide, people move, the year is recorded.
 */
export function step(w: World, clock?: PhaseClock): void {
  const p = w.scenario.params;
  applyEvents(w); //                       policy events dated this year
  updateCosts(w); //                       trade freeness, moving and spillover kernels
  clock?.('events and costs');
  census(w); //                            firms → city × sector × stage cells, residents
  computeProductivity(w); //               externalities → productivity shifters → Q
  clock?.('census and productivity');
  const localWage = p.mechanisms.productivityGrowth ? exp(p.productivityGrowth * w.tick) : 1;
  const housing = p.mechanisms.urbanCosts ? p.housingShare : 0;
  clearMarkets({ N: w.N, S: w.S, sigma: p.sigma, share: w.share, housingShare: housing, Q: w.Q,
    local: w.local, localWage, trade: w.trade, active: w.active }, w.land, w.market);
  clock?.('market');
  const exitCutoff = w.scratch.f64('step.exitCutoff', w.N * w.S * 2);
  computePayoffs(w, exitCutoff, localWage); // what each city offers each kind of firm
  computeGdp(w); //                        city accounts, enclave-park sharing
  recordState(w); //                       the year's indices
  clock?.('payoffs, accounts, record');
  relocateFirms(w); //                     a reviewing share of firms chooses by logit
  clock?.('relocation');
  matureAndExit(w, exitCutoff); //         life cycle and exit
  clock?.('life cycle and exit');
  birthFirms(w); //                        entry where innovation capacity is
  clock?.('entry');
  migrate(w); //                           residents follow real incomes
  recordFlows(w); //                       relocations, births, exits of the year
  clock?.('migration and flows');
  w.year++;
  w.tick++;
}
