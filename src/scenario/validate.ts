import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../scenarios/schema.json';
import { semanticProblems } from './semantic';
import { closest, jsonPath } from './json-path';

/** The event types the schema knows, in schema order (for "must be one of" messages). */
export const EVENT_TYPES: string[] = schema.definitions.event.oneOf.map((r) => {
  const name = r.$ref.split('/').pop() as string;
  return name.slice(0, -'Event'.length);
});

// `unit` is a documentation annotation of this project's schema (docs/scenarios.md shows it).
const ajv = new Ajv({ allErrors: true, discriminator: true, allowUnionTypes: true, verbose: true });
ajv.addVocabulary(['unit']);
const check = ajv.compile(schema);

/**
 * Every problem with a raw scenario (parsed JSON), as "path: reason" lines with JSON-path-like
 * paths (`cities[3].population: must be > 0`); empty when valid. Checks the schema
 * (scenarios/schema.json) and what a schema cannot say: unique names, references from events
 * to cities and sectors, event years inside the horizon, positions, the spending budget.
 * Never throws, whatever the input.
 */
export function validateScenario(raw: unknown): string[] {
  try {
    const problems = check(raw) ? [] : (check.errors ?? []).flatMap(describe);
    problems.push(...semanticProblems(raw, EVENT_TYPES));
    return [...new Set(problems)];
  } catch (e) {
    return [`(root): cannot be validated (${e instanceof Error ? e.message : String(e)})`];
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false',
  object: 'an object', array: 'an array', null: 'null',
};

/** One Ajv error as zero or one message line. */
function describe(e: ErrorObject): string[] {
  const at = jsonPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return [`${jsonPath(e.instancePath, String(p.missingProperty))}: required`];
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties ?? {}) as object);
      const near = closest(key, known);
      return [`${jsonPath(e.instancePath, key)}: unknown key${near ? ` (did you mean "${near}"?)` : ''}`];
    }
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return [`${at}: must be ${types.join(' or ')}`];
    }
    case 'enum':
      return [`${at}: must be one of ${(p.allowedValues as unknown[]).join(', ')}`];
    case 'discriminator':
      // A missing type is already reported as required.
      if (p.tagValue === undefined) return [];
      return [`${jsonPath(e.instancePath, 'type')}: must be one of ${EVENT_TYPES.join(', ')} (got ${JSON.stringify(p.tagValue)})`];
    case 'maxItems':
      return [`${at}: at most ${p.limit} items allowed (limit), got ${(e.data as unknown[]).length}`];
    case 'minItems':
      return [`${at}: must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`];
    case 'minLength':
      return [p.limit === 1 ? `${at}: must not be empty` : `${at}: must have at least ${p.limit} characters`];
    case 'maxLength':
      return [`${at}: at most ${p.limit} characters allowed (limit)`];
    case 'uniqueItems':
      return [`${at}: items ${p.j} and ${p.i} are the same`];
    case 'pattern':
      return [`${at}: must start with a letter and contain only letters, digits, _ and - (at most 40)`];
    case 'maximum':
      // Size limits (initialFirms, years) say so: the engine refuses them, they are not typos.
      return [`${at}: must be <= ${p.limit}${String(e.parentSchema?.description ?? '').includes('Limit:') ? ' (limit)' : ''}`];
    case 'oneOf':
      return [];
    default:
      return [`${at}: ${e.message ?? e.keyword}`];
  }
}
