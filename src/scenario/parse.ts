import type { Scenario } from './types';
import { resolveScenario, type ScenarioInput } from './resolve';
import { SHIPPED_SCENARIOS } from './shipped';
import { validateScenario } from './validate';

export { validateScenario };

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


/** A shipped scenario by name. */
export function shippedScenario(name: string): Scenario {
  const raw = SHIPPED_SCENARIOS[name];
  if (!raw) throw new ScenarioError([`scenario "${name}" is not shipped (shipped: ${Object.keys(SHIPPED_SCENARIOS).join(', ')})`]);
  return parseScenario(raw);
}
