import type { Scenario } from './types';
import { resolveScenario, type ScenarioInput } from './resolve';
import { SHIPPED_SCENARIOS } from './shipped';

/** A scenario that failed validation: every problem, each naming its JSON path. */
export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ScenarioError';
  }
}

/**
 * The only reader of raw scenario JSON: validates (scenarios/schema.json) and fills defaults.
 * Throws ScenarioError listing every problem.
 */
export function parseScenario(raw: unknown): Scenario {
  const problems = validateScenario(raw);
  if (problems.length) throw new ScenarioError(problems);
  return resolveScenario(raw as ScenarioInput);
}

/** Problems with a raw scenario, as "path: reason" lines; empty when valid. */
export function validateScenario(raw: unknown): string[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return ['(root): must be an object'];
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof r.name !== 'string') problems.push('name: must be a string');
  if (!Array.isArray(r.cities) || r.cities.length < 2) problems.push('cities: must be an array of at least 2 cities');
  return problems;
}

/** A shipped scenario by name. */
export function shippedScenario(name: string): Scenario {
  const raw = SHIPPED_SCENARIOS[name];
  if (!raw) throw new ScenarioError([`scenario "${name}" is not shipped (shipped: ${Object.keys(SHIPPED_SCENARIOS).join(', ')})`]);
  return parseScenario(raw);
}
