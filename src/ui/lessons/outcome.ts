/** The figures of a finished run that lesson predictions are checked against. Plain data. */

export interface ShockOutcome {
  sector: string;
  /** Sector index of the shocked sector. */
  sectorIndex: number;
  year: number;
  /** Relative change of the cluster's firm employment over the shock window. */
  clusterChange: number;
  /** Martin sensitivity per city name. */
  sensitivity: Record<string, number>;
  /** Location quotients (N×S, city-major) in the year before the shock. */
  lqBefore: number[];
}

export interface Outcome {
  scenario: string;
  cities: { name: string; nameZh?: string }[];
  sectors: { id: string; name: string; nameZh?: string }[];
  peak: { year: number; cv: number } | null;
  maxCv: number;
  finalCv: number;
  finalCoreShareManufacturing: number;
  finalCoreShareInnovation: number;
  shock: ShockOutcome | null;
}

/** Collects an Outcome from the rows of a run as they arrive. */
export class OutcomeCollector {
  maxCv = -Infinity;
  finalCv = NaN;
  finalCoreShareManufacturing = NaN;
  finalCoreShareInnovation = NaN;
  peak: { year: number; cv: number } | null = null;
  lqBefore: number[] | null = null;

  constructor(private readonly N: number, private readonly S: number, private readonly preShockYear: number | null) {}

  /** Adds a chunk's rows (years, metric columns, LQ rows). */
  add(years: ArrayLike<number>, cv: ArrayLike<number>, coreMan: ArrayLike<number>, coreInn: ArrayLike<number>, lq: ArrayLike<number>, peak: { year: number; cv: number } | null): void {
    const k = this.N * this.S;
    for (let r = 0; r < years.length; r++) {
      this.maxCv = Math.max(this.maxCv, cv[r]);
      this.finalCv = cv[r];
      this.finalCoreShareManufacturing = coreMan[r];
      this.finalCoreShareInnovation = coreInn[r];
      if (years[r] === this.preShockYear) this.lqBefore = Array.from({ length: k }, (_, j) => lq[r * k + j]);
    }
    this.peak = peak;
  }
}
