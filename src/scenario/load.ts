import { readFileSync } from 'node:fs';
import type { Scenario } from './types';
import { parseScenario, shippedScenario, ScenarioError } from './parse';
import { SHIPPED_SCENARIOS } from './shipped';

/** Node only: a shipped scenario by name, or a JSON file by path. Throws ScenarioError. */
export function loadScenario(nameOrPath: string): Scenario {
  if (nameOrPath in SHIPPED_SCENARIOS) return shippedScenario(nameOrPath);
  let text: string;
  try {
    text = readFileSync(nameOrPath, 'utf8');
  } catch {
    throw new ScenarioError([`${nameOrPath}: no such shipped scenario or readable file (shipped: ${Object.keys(SHIPPED_SCENARIOS).join(', ')})`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError([`${nameOrPath}: not valid JSON (${(e as Error).message})`]);
  }
  return parseScenario(raw);
}
