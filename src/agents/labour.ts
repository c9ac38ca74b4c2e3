import type { World } from '../sim/world';

/**
 * Hiring for a new or growing firm in city j (Harris & Todaro 1970: jobs draw migrants).
 * Workers come from j's own residents while at least `localReserve` of its population stays in
 * local activities; beyond that the firm recruits migrants from the whole cluster's residents,
 * in proportion to each city's local pool. Recruitment is booked in `pending` and settled once
 * per phase (`settleRecruitment`), so hiring is O(1) per firm.
 */
export class Recruiter {
  private pending = 0;
  private available: number;
  private readonly reserveShare: number;

  constructor(private readonly w: World) {
    let pool = 0;
    for (let i = 0; i < w.N; i++) if (w.active[i]) pool += w.local[i];
    this.reserveShare = w.scenario.params.entry.localReserve;
    this.available = pool * (1 - this.reserveShare);
  }

  /** Hires `workers` for a firm in city j; false when the cluster has none to spare. */
  hire(j: number, workers: number): boolean {
    const w = this.w;
    const reserve = this.reserveShare * (w.pop[j] > 0 ? w.pop[j] : w.local[j]);
    if (w.local[j] - workers >= reserve) {
      w.local[j] -= workers;
      this.available -= workers;
      return true;
    }
    if (this.available - this.pending < workers) return false;
    this.pending += workers;
    return true;
  }

  /** Takes the recruited migrants from every city's residents, proportionally. */
  settle(): void {
    const w = this.w;
    if (this.pending <= 0) return;
    let pool = 0;
    for (let i = 0; i < w.N; i++) if (w.active[i]) pool += w.local[i];
    const f = Math.min(1, this.pending / pool);
    for (let i = 0; i < w.N; i++) if (w.active[i]) w.local[i] -= w.local[i] * f;
    this.pending = 0;
  }
}
