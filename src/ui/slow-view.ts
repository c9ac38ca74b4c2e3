/**
 * Throttles the secondary views (map, structure) while a run plays: they get a new picture of
 * the run at most every `intervalMs`, and at once when the run stops. The bell curve and the
 * readouts still follow every frame. Keeps main-thread work per frame small.
 */
import type { RunStore } from './run-store';

/** The latest row as the map draws it. */
export interface MapRow {
  population: Float64Array;
  gdpPerCapita: Float64Array;
  dominantGroup: Uint8Array;
  flows: Float64Array;
}

export class SlowView {
  /** Rows shown (≤ store.length). */
  length = 0;
  version = -1;
  map: MapRow | null = null;
  private at = -Infinity;
  private store: RunStore | null = null;

  constructor(private readonly intervalMs = 400) {}

  /** Refreshes from the store when due; returns whether anything changed. */
  refresh(store: RunStore | null, running: boolean, now: number): boolean {
    if (store !== this.store) {
      this.store = store;
      this.version = -1;
      this.at = -Infinity;
    }
    if (!store || store.version === this.version || (running && now - this.at < this.intervalMs)) return false;
    this.version = store.version;
    this.at = now;
    this.length = store.length;
    const last = store.length - 1;
    this.map = last >= 0 ? {
      population: store.cityRow(store.population, last), gdpPerCapita: store.cityRow(store.gdpPerCapita, last),
      dominantGroup: store.dominantGroup, flows: store.flows,
    } : null;
    return true;
  }
}
