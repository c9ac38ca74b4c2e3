import teaching from '../../scenarios/teaching.json';

/**
 * The scenarios shipped in `scenarios/`, by name, as raw JSON (validate before use:
 * `parseScenario`). Imported statically so the same list works in Node and in the browser bundle.
 */
export const SHIPPED_SCENARIOS: Record<string, unknown> = {
  teaching,
};

export const DEFAULT_SCENARIO = 'teaching';
