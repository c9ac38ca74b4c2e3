/** One measured configuration, as `npm run bench -- --json` prints it. */
export interface CaseResult {
  model: 'reference' | 'full' | 'market';
  impl: 'spillover' | 'typed' | 'plain' | 'agentscript' | 'flocc';
  /** Scenario name (full model), or the reference model's name. */
  scenario: string;
  /** Firms at measurement time (median over the timed ticks for the full model). */
  firms: number;
  cities: number;
  sectors: number;
  /** Median ms per tick after warm-up; min and max over the timed ticks. */
  msPerTick: number;
  msPerTickMin: number;
  msPerTickMax: number;
  /** Expected location reviews per second of whole ticks (review share × firms / tick time). */
  reviewsPerSec: number;
  /** Simulated years (ticks) per second. */
  yearsPerSec: number;
  /**
   * Memory per firm: heap + array-buffer growth of a model with F firms over one with none, / F,
   * at F = max(firms, 200,000) (null: not measured).
   */
  bytesPerFirm: number | null;
  /** Peak resident set of the whole process (Node itself is ~45 MB). */
  peakRssMB: number;
  /** Anything else worth knowing about the case (setup time, ticks, iterations …). */
  notes?: Record<string, number | string>;
}
