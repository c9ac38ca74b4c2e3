/** The engine's public API: build a world, step it, read it. No DOM, no I/O. */
export { createWorld } from './init';
export { step } from './step';
export { simulate, type SimulateOptions } from './simulate';
export { snapshot, type Snapshot } from './snapshot';
export { summarize, runHash, ENGINE_VERSION, type RunSummary } from './summary';
export { METRIC_NAMES, seriesColumns, type Series, type MetricName } from './series';
export type { World } from './world';
