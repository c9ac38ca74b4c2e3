import type { World } from '../sim/world';
import { INNOVATING, MATURE, NEVER, DUE_BLOCK_BITS } from './firm-store';
import { stageFactors } from '../sim/stage';
import { Recruiter } from './labour';
import { countFirm } from '../sim/census';
import { log } from '../sim/math';

/**
 * The yearly passes over firms, back to front (so removing a firm by swapping in the last one
 * never skips anyone): maturation (reading only the blocks of firms where one may be due), then
 * exit (only the random exits, when no firm can be below its threshold). Maturity is a date
 * (FirmStore.matureAt), so nothing is written for a firm whose state does not change.
 *
 * - Maturation (Vernon 1966): an innovating firm's maturity date comes and it becomes mature,
 *   hiring the extra workers a standardised producer needs (labour.ts); if the cluster has
 *   none to spare it waits a year.
 * - Exit: a firm whose pay stays below the threshold (payoff.ts) for `patience` years in a row
 *   exits, and so does a random share `baseRate` each year (turnover). Its workers return to
 *   the city's residents.
 */
export function matureAndExit(w: World, exitCutoff: Float64Array): void {
  const recruiter = new Recruiter(w);
  mature(w, recruiter);
  exit(w, exitCutoff);
  recruiter.settle();
}

/** Matures every innovating firm whose date has come and that can hire its extra workers. */
function mature(w: World, recruiter: Recruiter): void {
  const { firms } = w;
  const p = w.scenario.params;
  const growth = (stageFactors(p, MATURE).size - stageFactors(p, INNOVATING).size) * w.firmSize;
  const { city, sector, stage, matureAt, zr } = firms;
  const tick = w.tick;
  // Module constants copied to locals: some loaders turn imported bindings into getters.
  const innovating = INNOVATING, matureStage = MATURE, never = NEVER;
  if (tick >= never) throw new Error(`tick ${tick} reaches the NEVER date`);
  // Back to front, block by block: a block whose bound is later than this year holds no firm
  // that is due, and is skipped; the others are read firm by firm, in the same order as a pass
  // over every firm, and their bound is set to their earliest date (NEVER exceeds every tick:
  // horizons ≤ 500 years).
  const bound = firms.dueBound;
  for (let b = (firms.count - 1) >> DUE_BLOCK_BITS; b >= 0; b--) {
    if (bound[b] > tick) continue;
    const first = b << DUE_BLOCK_BITS;
    let earliest = never;
    for (let f = Math.min(first + (1 << DUE_BLOCK_BITS), firms.count) - 1; f >= first; f--) {
      if (matureAt[f] <= tick && stage[f] === innovating && recruiter.hire(city[f], growth)) {
        const c = city[f];
        stage[f] = matureStage;
        matureAt[f] = never;
        countFirm(w, c, sector[f], innovating, zr[f], -1);
        countFirm(w, c, sector[f], matureStage, zr[f], 1);
      }
      if (matureAt[f] < earliest) earliest = matureAt[f];
    }
    bound[b] = earliest;
  }
}

/** Threshold and random exits; counts the firms left below their threshold. */
function exit(w: World, exitCutoff: Float64Array): void {
  const { S, firms, rng } = w;
  const p = w.scenario.params;
  const exitOn = p.mechanisms.exit;
  const size0 = stageFactors(p, INNOVATING).size * w.firmSize;
  const size1 = stageFactors(p, MATURE).size * w.firmSize;
  const { city, sector, stage, lowYears, zr } = firms;
  const patience = Math.max(1, p.exit.patience); // 0 would mean every firm, every year
  const skipper = rng.skipper(log(1 - Math.min(Math.max(p.exit.baseRate, 1e-12), 1 - 1e-12)));
  let nextRandomExit = exitOn && p.exit.baseRate > 0 ? firms.count - 1 - skipper.skip() : -1;
  w.exits = 0;
  // Usually no firm pays below its threshold (no cell's cutoff exceeds its zr lower bound, which
  // maturation kept up to date, and no firm is counting low years): then no count of low years
  // can change, and only the random exits are visited — the same result as the full check.
  if (w.firmsBelowCutoff === 0 && !anyBelow(w, exitCutoff)) {
    for (let f = nextRandomExit; f >= 0; f = f - 1 - skipper.skip()) removeFirm(w, f, size0, size1);
    return;
  }
  let below = 0;
  for (let f = firms.count - 1; f >= 0; f--) {
    let exits = false;
    if (f === nextRandomExit) {
      exits = true;
      nextRandomExit = f - 1 - skipper.skip();
    }
    const low = lowYears[f];
    if (zr[f] < exitCutoff[2 * (city[f] * S + sector[f]) + stage[f]]) {
      const years = low < 255 ? low + 1 : 255;
      lowYears[f] = years;
      if (exitOn && years >= patience) exits = true;
      else if (!exits) below++;
    } else if (low !== 0) lowYears[f] = 0;
    if (exits) removeFirm(w, f, size0, size1);
  }
  w.firmsBelowCutoff = below;
}

/** Firm f exits: its workers (size0 innovating, size1 mature) return to the city's residents. */
function removeFirm(w: World, f: number, size0: number, size1: number): void {
  const { firms } = w;
  const c = firms.city[f], k = firms.stage[f];
  w.local[c] += k === INNOVATING_STAGE ? size0 : size1;
  countFirm(w, c, firms.sector[f], k, firms.zr[f], -1);
  firms.remove(f);
  w.exits++;
}

// A module constant: some loaders turn imported bindings into getters, read on every exit.
const INNOVATING_STAGE = INNOVATING;

/** Whether some firm may pay below its exit threshold: a cell whose cutoff exceeds its zr lower bound. */
function anyBelow(w: World, exitCutoff: Float64Array): boolean {
  const { zMin, firmCount } = w;
  for (let k = 0; k < exitCutoff.length; k++) if (firmCount[k] > 0 && exitCutoff[k] > zMin[k]) return true;
  return false;
}
