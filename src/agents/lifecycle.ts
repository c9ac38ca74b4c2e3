import type { World } from '../sim/world';
import { INNOVATING, MATURE, NEVER } from './firm-store';
import { stageFactors } from '../sim/stage';
import { Recruiter } from './labour';
import { countFirm } from '../sim/census';
import { log } from '../sim/math';

/**
 * The yearly pass over firms, back to front (so removing a firm by swapping in the last one
 * never skips anyone): maturation and exit. Ages are dates (FirmStore.born), so nothing is
 * written for a firm whose state does not change.
 *
 * - Maturation (Vernon 1966): an innovating firm's countdown runs out and it becomes mature,
 *   hiring the extra workers a standardised producer needs (labour.ts); if the cluster has
 *   none to spare it waits a year.
 * - Exit: a firm whose pay stays below the threshold (payoff.ts) for `patience` years in a row
 *   exits, and so does a random share `baseRate` each year (turnover). Its workers return to
 *   the city's residents.
 */
export function ageMatureAndExit(w: World, exitCutoff: Float64Array): void {
  const { S, firms, rng, local } = w;
  const p = w.scenario.params;
  const exitOn = p.mechanisms.exit;
  const size0 = stageFactors(p, INNOVATING).size * w.firmSize;
  const size1 = stageFactors(p, MATURE).size * w.firmSize;
  const growth = size1 - size0;
  const { city, sector, stage, matureAt, lowYears, zr } = firms;
  const tick = w.tick;
  const patience = Math.max(1, p.exit.patience); // 0 would mean every firm, every year
  const skipper = rng.skipper(log(1 - Math.min(Math.max(p.exit.baseRate, 1e-12), 1 - 1e-12)));
  let nextRandomExit = exitOn && p.exit.baseRate > 0 ? firms.count - 1 - skipper.skip() : -1;
  // Module constants copied to locals: some loaders turn imported bindings into getters.
  const innovating = INNOVATING, mature = MATURE, never = NEVER;
  if (tick >= never) throw new Error(`tick ${tick} reaches the NEVER date`);
  // Usually no firm pays below its threshold: then no firm's count of low years can change, and
  // the pass reads only due dates (the same result as the full check, for a fraction of the work).
  const check = w.firmsBelowCutoff > 0 || anyBelow(w, exitCutoff);
  let below = 0;
  w.exits = 0;
  const recruiter = new Recruiter(w);
  for (let f = firms.count - 1; f >= 0; f--) {
    // The due date first: it is rarely reached, so the branch is predictable (a firm's stage is
    // not: stages are mixed along the array). NEVER exceeds every tick (horizons ≤ 500 years).
    let matured = false;
    if (matureAt[f] <= tick && stage[f] === innovating && recruiter.hire(city[f], growth)) {
      const c = city[f];
      stage[f] = mature;
      matureAt[f] = never;
      countFirm(w, c, sector[f], innovating, zr[f], -1);
      countFirm(w, c, sector[f], mature, zr[f], 1);
      matured = true; // its new cell was not in anyBelow's view: check it
    }
    let exits = false;
    if (f === nextRandomExit) {
      exits = true;
      nextRandomExit = f - 1 - skipper.skip();
    }
    if (check || matured) {
      const low = lowYears[f];
      if (zr[f] < exitCutoff[2 * (city[f] * S + sector[f]) + stage[f]]) {
        const years = low < 255 ? low + 1 : 255;
        lowYears[f] = years;
        if (exitOn && years >= patience) exits = true;
        else if (!exits) below++;
      } else if (low !== 0) lowYears[f] = 0;
    }
    if (exits) {
      const c = city[f];
      local[c] += stage[f] === innovating ? size0 : size1;
      countFirm(w, c, sector[f], stage[f], zr[f], -1);
      firms.remove(f);
      w.exits++;
    }
  }
  w.firmsBelowCutoff = below;
  recruiter.settle();
}

/** Whether some firm may pay below its exit threshold: a cell whose cutoff exceeds its zr lower bound. */
function anyBelow(w: World, exitCutoff: Float64Array): boolean {
  const { zMin, firmCount } = w;
  for (let k = 0; k < exitCutoff.length; k++) if (firmCount[k] > 0 && exitCutoff[k] > zMin[k]) return true;
  return false;
}
