/** Reading and writing raw scenario JSON by path, and matching validator messages to fields. */

/** Deep copy of JSON data. */
export function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The value at `path` ("params.trade.costPer100Km"), undefined when absent. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path` (objects created on the way). */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const out = cloneJson(obj) as Record<string, unknown>;
  const keys = path.split('.');
  let cur = out;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]] = value;
  return out as T;
}

/**
 * A validator message split into a dotted path and its reason. Accepts "a.b: reason",
 * "/a/b: reason" (JSON pointer, as Ajv reports) and "a[0].b: reason".
 */
export function splitProblem(problem: string): { path: string; reason: string } {
  const k = problem.indexOf(': ');
  if (k < 0) return { path: '', reason: problem };
  const raw = problem.slice(0, k).trim();
  const path = raw === '(root)' ? '' : raw.replace(/^\//, '').replace(/\//g, '.').replace(/\[(\d+)\]/g, '.$1');
  return { path, reason: problem.slice(k + 2) };
}

/** The problems about `path` or anything inside it. */
export function problemsAt(problems: string[], path: string): string[] {
  return problems.filter((p) => { const q = splitProblem(p).path; return q === path || q.startsWith(`${path}.`); });
}
