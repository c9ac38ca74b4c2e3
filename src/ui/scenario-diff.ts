/**
 * What differs between two runs, as short labels for pinned curves ("seed 2",
 * "params.barrier 0"). Compares raw scenario JSON leaf by leaf.
 */

/** Leaf paths and values of a JSON value ("params.trade.costPer100Km" → 0.6); arrays are leaves. */
export function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
  return out;
}

/** Changed leaves of `b` against `a` as "path value" (missing = "—"), at most `max`, then "+n". */
export function diffLabels(a: unknown, b: unknown, max = 3): string[] {
  const la = leaves(a), lb = leaves(b);
  const keys = [...new Set([...la.keys(), ...lb.keys()])].filter((k) => la.get(k) !== lb.get(k) && !k.startsWith('$'));
  const out = keys.slice(0, max).map((k) => `${k} ${lb.get(k) ?? '—'}`);
  if (keys.length > max) out.push(`+${keys.length - max}`);
  return out;
}

/** A run as its label is built: the raw scenario and, when known, the engine's resolved one (defaults filled in). */
export interface LabelledRun { scenario: unknown; resolved?: unknown; seed: number | string; years?: number }

/** The resolved scenario without its horizon (the label names the horizon separately). */
const sansYears = (s: unknown) => (s && typeof s === 'object' ? { ...(s as object), years: undefined } : s);

/**
 * Label of a pinned run against the current one: differing seed, horizon, scenario name or fields.
 * Fields are compared on the resolved scenarios when both are known, so a default the raw file
 * leaves out still shows its value ("params.barrier 0.5", not "params.barrier —").
 */
export function pinLabel(pinned: LabelledRun, current: LabelledRun): string {
  // The app asks every frame while a run plays: answer from the last label when nothing changed.
  const hit = memo.get(pinned);
  if (hit && hit.scenario === current.scenario && hit.resolved === current.resolved && hit.seed === current.seed && hit.years === current.years) return hit.label;
  const label = buildLabel(pinned, current);
  memo.set(pinned, { ...current, label });
  return label;
}

const memo = new WeakMap<LabelledRun, LabelledRun & { label: string }>();

function buildLabel(pinned: LabelledRun, current: LabelledRun): string {
  const parts: string[] = [];
  const name = (s: unknown) => (s && typeof s === 'object' ? String((s as { name?: unknown }).name) : '');
  const resolved = pinned.resolved !== undefined && current.resolved !== undefined;
  if (name(pinned.scenario) !== name(current.scenario)) parts.push(name(pinned.scenario));
  else if (resolved) parts.push(...diffLabels(sansYears(current.resolved), sansYears(pinned.resolved)));
  else parts.push(...diffLabels(current.scenario, pinned.scenario));
  if (pinned.seed !== current.seed) parts.push(`seed ${pinned.seed}`);
  if (pinned.years !== current.years && pinned.years !== undefined) parts.push(`${pinned.years} years`);
  return parts.length ? parts.join(', ') : 'same run';
}
