import { deriveSeed } from './seed';
import { SweepSpecError, type ParamValue, type RangeSpec, type SweepSpec } from './spec';

/** Refuse sweeps this large: almost certainly a typo in a range. */
export const MAX_RUNS = 1_000_000;

/** One run of a sweep: which parameter point, which replication, which seed. */
export interface RunPlan {
  /** Stable id, "r" + zero-padded index ("r0007"); sorts like the index. */
  id: string;
  index: number;
  /** Index of the parameter point (the combination of `vary` values). */
  point: number;
  replication: number;
  seed: number;
  /** Parameter path → value at this point, in the spec's `vary` order. */
  params: Record<string, ParamValue>;
}

/** The values a `vary` entry takes: a list as given, or a range from `from` to `to` inclusive. */
export function expandValues(path: string, v: ParamValue[] | RangeSpec): ParamValue[] {
  if (Array.isArray(v)) return v;
  const count = Math.floor((v.to - v.from) / v.step + 1e-9) + 1;
  if (count < 1) throw new SweepSpecError([`vary.${path}: empty range (from ${v.from} is above to ${v.to})`]);
  if (count > MAX_RUNS) throw new SweepSpecError([`vary.${path}: range has ${count} values (at most ${MAX_RUNS})`]);
  // Computed as from + k·step and rounded to 12 significant digits, so 0.1 steps give 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, k) => Number((v.from + k * v.step).toPrecision(12)));
}

/** The parameter points: the cartesian product of the `vary` values, last path varying fastest. */
export function expandPoints(spec: SweepSpec): Record<string, ParamValue>[] {
  let points: Record<string, ParamValue>[] = [{}];
  for (const [path, v] of Object.entries(spec.vary ?? {})) {
    const values = expandValues(path, v);
    points = points.flatMap((p) => values.map((x) => ({ ...p, [path]: x })));
    if (points.length > MAX_RUNS) throw new SweepSpecError([`vary: more than ${MAX_RUNS} parameter points`]);
  }
  return points;
}

/** Every run of the sweep: points × replications, replications fastest; run i gets deriveSeed(seed, i). */
export function expandRuns(spec: SweepSpec): RunPlan[] {
  const points = expandPoints(spec);
  const reps = spec.replications ?? 1;
  const total = points.length * reps;
  if (total > MAX_RUNS) throw new SweepSpecError([`(root): ${total} runs (at most ${MAX_RUNS})`]);
  const width = Math.max(4, String(total - 1).length);
  const runs: RunPlan[] = [];
  for (let i = 0; i < total; i++) {
    const point = Math.floor(i / reps);
    runs.push({ id: runId(i, width), index: i, point, replication: i % reps, seed: deriveSeed(spec.seed, i), params: points[point] });
  }
  return runs;
}

/** "r" + the index zero-padded to `width` digits. */
export function runId(index: number, width = 4): string {
  return 'r' + String(index).padStart(width, '0');
}
