import { simulate, summarize, ENGINE_VERSION, METRIC_NAMES, type MetricName } from '../sim';
import type { Scenario } from '../scenario/types';
import type { RunPlan } from './expand';
import { RESULT_FORMAT, type RunResult } from './result-file';

/** Everything a worker needs to do one run and write its file: plain data, structured-cloneable. */
export interface RunTask {
  run: RunPlan;
  scenario: Scenario;
  scenarioSha256: string;
  years: number;
  keep: 'series' | 'summary';
  /** Where the result goes (`<out>/runs/<id>.json`). */
  file: string;
}

/** Runs one simulation and builds its result. Pure: same task ⇒ same result. */
export function executeRun(task: RunTask): RunResult {
  const { run, scenario, years, keep } = task;
  const world = simulate(scenario, { seed: run.seed, years });
  const s = summarize(world, run.seed);
  const last = s.years.length - 1;
  const final = {} as Record<MetricName, number>;
  for (const m of METRIC_NAMES) final[m] = s.metrics[m][last];
  return {
    format: RESULT_FORMAT,
    id: run.id,
    index: run.index,
    point: run.point,
    replication: run.replication,
    seed: run.seed,
    params: run.params,
    engineVersion: ENGINE_VERSION,
    scenarioSha256: task.scenarioSha256,
    years,
    keep,
    outputs: {
      years: s.years,
      cv: s.metrics.cv,
      peak: s.peak,
      final,
      ...(keep === 'series' ? { series: s.metrics } : {}),
      hash: s.hash,
    },
  };
}

/** The identity fields of a task's result (what `--resume` checks an existing file against). */
export function expectedIdentity(task: RunTask): Omit<RunResult, 'outputs'> {
  const { run } = task;
  return {
    format: RESULT_FORMAT, id: run.id, index: run.index, point: run.point, replication: run.replication,
    seed: run.seed, params: run.params, engineVersion: ENGINE_VERSION, scenarioSha256: task.scenarioSha256,
    years: task.years, keep: task.keep,
  };
}
