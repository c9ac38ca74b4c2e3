import { describe, it, expect } from 'vitest';
import schema from '../../scenarios/schema.json';
import { DEFAULT_PARAMS, DEFAULT_SECTORS } from '../../src/scenario/defaults';
import { EVENT_TYPES, validateScenario } from '../../src/scenario/validate';
import { parseScenario } from '../../src/scenario/parse';
import type { ScenarioEvent } from '../../src/scenario/types';

type Node = { properties?: Record<string, Node>; default?: unknown; description?: string; $ref?: string; examples?: unknown[] };
const defs = schema.definitions as unknown as Record<string, Node>;

/** Every leaf of the params schema with its path, and every leaf of DEFAULT_PARAMS. */
function schemaLeaves(node: Node, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.properties ?? {})) {
    if (v.properties) Object.assign(out, schemaLeaves(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v.default;
  }
  return out;
}
function valueLeaves(obj: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v !== null && typeof v === 'object') Object.assign(out, valueLeaves(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

describe('scenarios/schema.json', () => {
  it('documents every model parameter with the default of defaults.ts, and nothing else', () => {
    expect(schemaLeaves(defs.params)).toEqual(valueLeaves(DEFAULT_PARAMS));
  });

  it('gives every field a description', () => {
    const missing: string[] = [];
    const walk = (node: Node, path: string) => {
      for (const [k, v] of Object.entries(node.properties ?? {})) {
        if (!v.description && !v.$ref && k !== 'type') missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
    };
    walk(schema as unknown as Node, '(root)');
    for (const [name, def] of Object.entries(defs)) walk(def, name);
    expect(missing).toEqual([]);
  });

  it('knows exactly the engine\'s event types', () => {
    const all: Record<ScenarioEvent['type'], true> = {
      transport: true, education: true, barrier: true, landCap: true, subsidy: true, enclavePark: true, shock: true, newCity: true,
    };
    expect(EVENT_TYPES).toEqual(Object.keys(all));
  });

  it('names the built-in sectors in the sectors description', () => {
    expect(schema.properties.sectors.description).toContain(DEFAULT_SECTORS.map((s) => s.id).join(', '));
  });

  it('each event example is valid in a cluster with the cities it names', () => {
    for (const type of EVENT_TYPES) {
      const examples = defs[`${type}Event`].examples as Record<string, unknown>[];
      expect(examples).toHaveLength(1);
      const e = examples[0];
      const named = [e.cities, e.city, e.from, e.to].flat().filter((c): c is string => typeof c === 'string');
      const cities = ['Shanghai', 'Beijing', ...named].filter((c, i, a) => a.indexOf(c) === i)
        .map((name, i) => ({ name, lat: 30 + i * 0.1, lon: 120, area: 100, population: 1 }));
      const raw = { name: type, cities, years: 60, events: [e] };
      expect(validateScenario(raw), type).toEqual([]);
      expect(parseScenario(raw).events[0].type).toBe(type);
    }
  });
});
