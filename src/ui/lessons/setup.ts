/**
 * Builds a lesson step's raw scenario: the shipped file, deep-merged with the step's overrides,
 * with the step's events appended. Plain data in, plain data out; the worker validates it like
 * any scenario.
 */
import type { StepSetup } from './types';

type Raw = Record<string, unknown>;

/** The run most lessons start from: the teaching cluster, seed 1, its whole 60-year horizon. */
export const TEACHING_RUN: StepSetup = { scenario: 'teaching', seed: 1, years: 60 };

export type BuiltSetup =
  | { ok: true; raw: Raw; seed: number; years: number }
  | { ok: false; missing: string };

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` merged into `base` (objects recursively; arrays and values replace). Neither is changed. */
export function deepMerge(base: Raw, over: Raw): Raw {
  const out: Raw = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Raw, v) : v;
  return out;
}

/**
 * The step's scenario, or `missing` when its shipped scenario is not in `shipped` (a branch
 * without it). `yearsCap` shortens the horizon (a `?years=` link, used by tests and short demos).
 */
export function buildSetup(shipped: Record<string, unknown>, setup: StepSetup, yearsCap?: number): BuiltSetup {
  const file = shipped[setup.scenario];
  if (!isObject(file)) return { ok: false, missing: setup.scenario };
  let raw = setup.overrides ? deepMerge(file, setup.overrides) : { ...file };
  if (setup.events?.length) raw = { ...raw, events: [...(Array.isArray(file.events) ? file.events : []), ...setup.events] };
  const years = yearsCap !== undefined ? Math.max(2, Math.min(setup.years, yearsCap)) : setup.years;
  return { ok: true, raw, seed: setup.seed, years };
}

/** Every scenario a lesson step needs (its own and its judge's), for the "missing" check. */
export function scenariosOf(setups: (StepSetup | null | undefined)[]): string[] {
  return [...new Set(setups.flatMap((s) => (s ? [s.scenario] : [])))];
}
