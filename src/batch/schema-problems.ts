import type { ErrorObject } from 'ajv';

/**
 * Ajv's errors as "path: reason" lines, one per problem, in a reader's words. Paths are
 * dot-separated ("vary.params.trade.declinePerYear.step"); "(root)" is the document itself.
 * Compile with `verbose: true` so that a subschema's `title` can name the expected shape.
 */
export function schemaProblems(errors: ErrorObject[] | null | undefined): string[] {
  const lines: string[] = [];
  for (const e of errors ?? []) {
    // An if/then/else failure repeats what the branch's own errors already say.
    if (e.keyword === 'if') continue;
    // Inside propertyNames Ajv reports the failing keyword and then propertyNames itself.
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') continue;
    const line = `${pathOf(e.instancePath)}: ${reasonOf(e)}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

function pathOf(instancePath: string): string {
  if (!instancePath) return '(root)';
  return instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function reasonOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': return `unknown key "${String(p.additionalProperty)}"`;
    case 'required': return `missing required key "${String(p.missingProperty)}"`;
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    // A titled subschema (needs Ajv's `verbose`) names the expected shape better than its type.
    case 'type': return `must be ${(e.parentSchema as { title?: string } | undefined)?.title ?? [p.type].flat().join(' or ')}`;
    case 'propertyNames': return `key "${String(p.propertyName)}" is not a dot-separated parameter path`;
    default: return e.message ?? e.keyword;
  }
}
