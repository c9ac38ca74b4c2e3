import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { parseScenario, ScenarioError } from '../scenario/parse';
import { SHIPPED_SCENARIOS } from '../scenario/shipped';
import type { Scenario } from '../scenario/types';
import { SweepSpecError, type ParamValue } from './spec';

/** The `vary` path that swaps the base scenario itself (a shipped name or a file). */
export const SCENARIO_PATH = 'scenario';

/** A parameter point's scenario, validated, with a fingerprint recorded in manifest and results. */
export interface PointScenario {
  scenario: Scenario;
  /** SHA-256 of the resolved scenario's JSON: shards on different machines must agree on it. */
  sha256: string;
}

/** Raw scenario JSON by shipped name or file path (relative paths from `baseDir`). */
export function loadRawScenario(nameOrPath: string, baseDir: string): unknown {
  if (nameOrPath in SHIPPED_SCENARIOS) return structuredClone(SHIPPED_SCENARIOS[nameOrPath]);
  const path = isAbsolute(nameOrPath) ? nameOrPath : resolve(baseDir, nameOrPath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SweepSpecError([`scenario: "${nameOrPath}" is no shipped scenario (${Object.keys(SHIPPED_SCENARIOS).join(', ')}) and no readable file`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SweepSpecError([`scenario: ${nameOrPath} is not valid JSON (${(e as Error).message})`]);
  }
}

/**
 * The scenario of one parameter point: the base (or the point's `scenario` variant) with each
 * parameter path set in the raw JSON, then validated by `parseScenario`, so a bad value gets the
 * scenario schema's own message. A path must name an existing field of the resolved scenario and
 * the value must have that field's type (catches typos that defaults would otherwise hide).
 */
export function pointScenario(base: string, params: Record<string, ParamValue>, baseDir: string): PointScenario {
  const name = SCENARIO_PATH in params ? String(params[SCENARIO_PATH]) : base;
  const raw = loadRawScenario(name, baseDir);
  const resolved = parseLabelled(raw, name, {});
  const problems: string[] = [];
  for (const [path, value] of Object.entries(params)) {
    if (path === SCENARIO_PATH) continue;
    if (path === 'seed') { problems.push('vary.seed: runs take their seeds from the sweep\'s "seed" (use "replications")'); continue; }
    const current = getPath(resolved, path);
    if (current === undefined || (typeof current === 'object' && current !== null)) {
      problems.push(`vary.${path}: no such parameter in scenario "${name}"`);
    } else if (typeof current !== typeof value) {
      problems.push(`vary.${path}: must be a ${typeof current} (the scenario has ${JSON.stringify(current)}), got ${JSON.stringify(value)}`);
    } else {
      setPath(raw, path, value);
    }
  }
  if (problems.length) throw new SweepSpecError(problems);
  const scenario = parseLabelled(raw, name, params);
  return { scenario, sha256: createHash('sha256').update(JSON.stringify(scenario)).digest('hex') };
}

function parseLabelled(raw: unknown, name: string, params: Record<string, ParamValue>): Scenario {
  try {
    return parseScenario(raw);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const at = Object.keys(params).length ? ` at ${JSON.stringify(params)}` : '';
    throw new SweepSpecError(e.problems.map((p) => `scenario "${name}"${at}: ${p}`));
  }
}

/** The value at a dot path ("params.trade.declinePerYear", "cities.0.population"), or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let o: unknown = obj;
  for (const key of path.split('.')) {
    if (o === null || typeof o !== 'object' || !Object.hasOwn(o, key)) return undefined;
    o = (o as Record<string, unknown>)[key];
  }
  return o;
}

/** Sets a dot path in raw JSON, creating the objects a file may leave out (defaults fill the rest). */
export function setPath(obj: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (o[key] === null || typeof o[key] !== 'object') o[key] = {};
    o = o[key] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}
