import { join } from 'node:path';
import { ENGINE_VERSION } from '../sim';
import { expandPoints, expandRuns } from './expand';
import { MANIFEST_FORMAT, type Manifest } from './manifest';
import type { RunTask } from './run-task';
import { pointScenario } from './scenario-points';
import type { SweepSpec } from './spec';

/** A sweep made concrete: its manifest and one task per run, every scenario already validated. */
export interface SweepPlan {
  manifest: Manifest;
  tasks: RunTask[];
}

/**
 * Expands a spec into runs and validates every parameter point's scenario (throws
 * SweepSpecError listing the problems) before anything is written. Scenario files are read
 * relative to `specDir`; results go to `<outDir>/runs/<id>.json`.
 */
export function planSweep(spec: SweepSpec, specDir: string, outDir: string): SweepPlan {
  const points = expandPoints(spec);
  const scenarios = points.map((p) => pointScenario(spec.scenario, p, specDir));
  const runs = expandRuns(spec);
  // Each point's own horizon unless the spec fixes one ("years" may itself be a varied path).
  const horizon = (point: number) => spec.years ?? scenarios[point].scenario.years;
  const keep = spec.keep ?? 'summary';
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    spec,
    engineVersion: ENGINE_VERSION,
    years: horizon(0),
    keep,
    replications: spec.replications ?? 1,
    parameters: Object.keys(spec.vary ?? {}),
    points: points.map((params, point) => ({ point, params, years: horizon(point), scenarioSha256: scenarios[point].sha256 })),
    runs: runs.map(({ id, index, point, replication, seed }) => ({ id, index, point, replication, seed })),
  };
  const tasks = runs.map((run): RunTask => ({
    run,
    scenario: scenarios[run.point].scenario,
    scenarioSha256: scenarios[run.point].sha256,
    years: horizon(run.point),
    keep,
    file: join(outDir, 'runs', `${run.id}.json`),
  }));
  return { manifest, tasks };
}
