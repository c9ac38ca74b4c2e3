import type { World } from '../sim/world';
import { INNOVATING, MATURE, NEVER } from './firm-store';
import { stageFactors } from '../sim/stage';
import { Recruiter } from './labour';
import { log } from '../sim/math';

/**
 * The yearly pass over firms, back to front (so removing a firm by swapping in the last one
 * never skips anyone): ageing, maturation and exit.
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
  const { city, sector, stage, age, matureIn, lowYears, zr } = firms;
  const patience = p.exit.patience;
  const logQ = log(1 - Math.min(Math.max(p.exit.baseRate, 1e-12), 1 - 1e-12));
  let nextRandomExit = exitOn && p.exit.baseRate > 0 ? firms.count - 1 - rng.skip(logQ) : -1;
  w.exits = 0;
  const recruiter = new Recruiter(w);
  for (let f = firms.count - 1; f >= 0; f--) {
    const c = city[f];
    if (age[f] < 255) age[f]++;
    if (stage[f] === INNOVATING && matureIn[f] !== NEVER) {
      if (matureIn[f] > 1) matureIn[f]--;
      else if (recruiter.hire(c, growth)) { stage[f] = MATURE; matureIn[f] = NEVER; }
    }
    const cell = 2 * (c * S + sector[f]) + stage[f];
    lowYears[f] = zr[f] < exitCutoff[cell] ? Math.min(lowYears[f] + 1, 255) : 0;
    let exits = false;
    if (f === nextRandomExit) {
      exits = true;
      nextRandomExit = f - 1 - rng.skip(logQ);
    }
    if (exitOn && lowYears[f] >= patience) exits = true;
    if (exits) {
      local[c] += stage[f] === INNOVATING ? size0 : size1;
      firms.remove(f);
      w.exits++;
    }
  }
  recruiter.settle();
}
