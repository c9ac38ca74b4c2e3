/**
 * Runs a lesson's scenario states to the end in a background engine worker (not the page's run)
 * and collects the figures its prediction is checked against. One worker per call, terminated
 * at the end or on `signal` abort.
 */
import { spawnEngine } from '../engine-worker';
import { SHIPPED_SCENARIOS } from '../../scenario/shipped';
import { buildSetup } from './setup';
import { OutcomeCollector, type Outcome } from './outcome';
import type { StepSetup } from './types';

/** Years per message: large, since nothing is drawn while these runs go. */
const CHUNK = 15;

/** Runs each setup in turn; rejects when a scenario is missing or invalid, or when aborted. */
export async function runOutcomes(setups: StepSetup[], yearsCap: number | undefined, signal: AbortSignal): Promise<Outcome[]> {
  let failure: string | null = null;
  const engine = spawnEngine((m) => { failure = m; });
  const stop = () => engine.terminate();
  signal.addEventListener('abort', stop);
  try {
    const out: Outcome[] = [];
    for (const setup of setups) {
      const built = buildSetup(SHIPPED_SCENARIOS, setup, yearsCap);
      if (!built.ok) throw new Error(`missing scenario ${built.missing}`);
      const created = await engine.remote.create(built.raw, built.seed, built.years);
      if (!created.ok) throw new Error(created.problems.join('; '));
      const { meta } = created;
      const shockEvent = meta.scenario.events.find((e) => e.type === 'shock');
      const collector = new OutcomeCollector(meta.N, meta.S, shockEvent ? shockEvent.year - 1 : null);
      for (;;) {
        if (signal.aborted || failure) throw new Error(failure ?? 'aborted');
        const c = await engine.remote.advance(CHUNK);
        if (!c) break;
        collector.add(c.years, c.metrics.cv, c.metrics.coreShareManufacturing, c.metrics.coreShareInnovation, c.lq, c.peak);
        if (c.done) break;
      }
      const summary = await engine.remote.summary();
      const r = summary?.resilience.find((x) => shockEvent?.type === 'shock' && x.sector === shockEvent.sector && x.year === shockEvent.year);
      const sectorIndex = r ? meta.sectors.findIndex((s) => s.id === r.sector) : -1;
      out.push({
        scenario: setup.scenario,
        cities: meta.scenario.cities.map((c) => ({ name: c.name, ...(c.nameZh ? { nameZh: c.nameZh } : {}) })),
        sectors: meta.scenario.sectors.map((s) => ({ id: s.id, name: s.name ?? s.id, ...(s.nameZh ? { nameZh: s.nameZh } : {}) })),
        peak: collector.peak, maxCv: collector.maxCv, finalCv: collector.finalCv,
        finalCoreShareManufacturing: collector.finalCoreShareManufacturing, finalCoreShareInnovation: collector.finalCoreShareInnovation,
        shock: r && collector.lqBefore && sectorIndex >= 0
          ? { sector: r.sector, sectorIndex, year: r.year, clusterChange: r.clusterChange, sensitivity: r.cities, lqBefore: collector.lqBefore }
          : null,
      });
    }
    return out;
  } finally {
    signal.removeEventListener('abort', stop);
    engine.terminate();
  }
}
