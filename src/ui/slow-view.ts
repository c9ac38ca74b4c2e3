/**
 * Throttles the secondary views (map, LQ heatmap, structure charts) while a run plays: they get
 * a new picture of the run at most every `intervalMs`, and soon after the run stops. The bell
 * curve and the readouts still follow every frame. Keeps main-thread work per frame small: the
 * secondary views are refreshed in turn, one per frame (a "round"), never two in the same task —
 * traced on a 2-core machine, a map + heatmap + charts refresh in one frame was a 40–60 ms task.
 */
import type { RunStore } from './run-store';

/** The latest row as the map draws it. */
export interface MapRow {
  population: Float64Array;
  gdpPerCapita: Float64Array;
  dominantGroup: Uint8Array;
  flows: Float64Array;
}

/** The secondary views, in the order a round refreshes them (the two structure charts apart: a first uPlot build is ~5–10 ms). */
export const LANES = ['map', 'lq', 'cities', 'core'] as const;
export type Lane = (typeof LANES)[number];

/** What one view shows: rows (≤ store.length) and a change counter for its `version` property. */
export interface LaneState { length: number; version: number }

export class SlowView {
  readonly lanes = Object.fromEntries(LANES.map((l) => [l, { length: 0, version: -1 }])) as Record<Lane, LaneState>;
  map: MapRow | null = null;
  private at = -Infinity;
  /** When a lane was last refreshed: two host renders in one frame (two rAF callbacks) must not both refresh one. */
  private laneAt = -Infinity;
  private store: RunStore | null = null;
  /** Store version the current round shows. */
  private roundVersion = -1;
  /** Next lane of the round; LANES.length when the round is over. */
  private next: number = LANES.length;

  constructor(private readonly intervalMs = 400, private readonly laneGapMs = 10) {}

  /** A round is under way: the host should render again next frame so that it finishes. */
  get pending(): boolean {
    return this.next < LANES.length;
  }

  /** Called once per host render: refreshes at most one lane; returns whether one changed. */
  refresh(store: RunStore | null, running: boolean, now: number): boolean {
    if (store !== this.store) {
      this.store = store;
      for (const l of LANES) this.lanes[l] = { length: 0, version: -1 };
      this.map = null;
      this.at = -Infinity;
      this.roundVersion = -1;
      this.next = LANES.length;
      this.laneAt = -Infinity;
    }
    if (!store || now - this.laneAt < this.laneGapMs) return false;
    if (this.next >= LANES.length) {
      // No round for a run without rows yet: the first rows are then drawn at once, not an interval later.
      if (store.length === 0 || store.version === this.roundVersion || (running && now - this.at < this.intervalMs)) return false;
      this.roundVersion = store.version;
      this.at = now;
      this.next = 0;
    }
    const lane = LANES[this.next++];
    this.laneAt = now;
    this.lanes[lane] = { length: store.length, version: store.version };
    if (lane === 'map') {
      const last = store.length - 1;
      this.map = last >= 0 ? {
        population: store.cityRow(store.population, last), gdpPerCapita: store.cityRow(store.gdpPerCapita, last),
        dominantGroup: store.dominantGroup, flows: store.flows,
      } : null;
    }
    return true;
  }
}
