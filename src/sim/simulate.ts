import type { Scenario } from '../scenario/types';
import type { World } from './world';
import { createWorld } from './init';
import { step } from './step';

export interface SimulateOptions {
  /** Overrides the scenario's seed. */
  seed?: number | string;
  /** Overrides the scenario's horizon (years). */
  years?: number;
  /** Called after every year, with the world (read it, don't change it). */
  onTick?: (w: World) => void;
}

/** Runs a scenario to its horizon and returns the world, whose `series` holds the record. */
export function simulate(scenario: Scenario, opts: SimulateOptions = {}): World {
  const sc = opts.years !== undefined ? { ...scenario, years: opts.years } : scenario;
  const w = createWorld(sc, opts.seed ?? sc.seed);
  while (w.tick < sc.years) {
    step(w);
    opts.onTick?.(w);
  }
  return w;
}
