/**
 * The equivalence statistics of bench-peers' `equiv.mjs`, for trajectories of CV(pop) run over
 * the same seeds (hence the same cities) by two versions of the model. Differences between two
 * versions for one seed are simulation noise if they implement the same model.
 */
export interface Equivalence {
  /** Ticks compared one by one: 0, 5, 10 and T − 1 (as equiv.mjs). */
  marks: number[];
  /** Mean and sd over seeds of CV at each mark, for the version and the reference. */
  version: { mean: number; sd: number }[];
  reference: { mean: number; sd: number }[];
  /** Mean and sd over seeds of the trajectory mean (ticks 1..T−1). */
  avg: { mean: number; sd: number };
  /** Paired (same seed) difference version − reference of the trajectory mean. */
  diffAvg: { mean: number; sd: number };
  /** Mean paired difference of the trajectory mean / its standard error (n = seeds). */
  t: number;
  /** The same t statistic at each mark. */
  tMarks: number[];
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
const stat = (xs: number[]) => ({ mean: mean(xs), sd: sd(xs) });
const tStat = (d: number[]): number => mean(d) / (sd(d) / Math.sqrt(d.length)) || 0;
/** Trajectory mean over ticks 1..T−1 (tick 0 is the initial allocation). */
const avgCv = (cvs: number[]): number => mean(cvs.slice(1));

/** Compares `version[seed][tick]` with `reference[seed][tick]` (same seeds in the same order). */
export function compareTrajectories(version: number[][], reference: number[][]): Equivalence {
  const T = reference[0].length;
  const marks = [0, Math.min(5, T - 1), Math.min(10, T - 1), T - 1];
  const seeds = reference.map((_, i) => i);
  const diffAvg = seeds.map((i) => avgCv(version[i]) - avgCv(reference[i]));
  return {
    marks,
    version: marks.map((t) => stat(seeds.map((i) => version[i][t]))),
    reference: marks.map((t) => stat(seeds.map((i) => reference[i][t]))),
    avg: stat(seeds.map((i) => avgCv(version[i]))),
    diffAvg: stat(diffAvg),
    t: tStat(diffAvg),
    tMarks: marks.map((t) => tStat(seeds.map((i) => version[i][t] - reference[i][t]))),
  };
}
