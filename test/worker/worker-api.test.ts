import { describe, it, expect, afterAll } from 'vitest';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { EngineApi, RunChunk } from '../../src/sim/worker-api';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash, METRIC_NAMES } from '../../src/sim';

const worker = new Worker(new URL('./node-worker-boot.mjs', import.meta.url));
const remote = Comlink.wrap<EngineApi>(nodeEndpoint(worker));
afterAll(async () => {
  remote[Comlink.releaseProxy]();
  await worker.terminate();
});

const YEARS = 8;

describe('engine API through Comlink in a worker thread', () => {
  it('rejects an invalid scenario with the validator\'s problems and starts no run', async () => {
    const r = await remote.create({ name: 3, cities: [] }, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    expect(await remote.advance(1)).toBeNull();
  });

  it('advances in chunks of typed arrays that add up to the direct run, bit for bit', async () => {
    const created = await remote.create(SHIPPED_SCENARIOS.teaching, 7, YEARS);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { N, S } = created.meta;
    expect(created.meta.cities).toHaveLength(N);
    const chunks: RunChunk[] = [];
    for (;;) {
      const c = await remote.advance(3);
      if (!c) throw new Error('no run');
      chunks.push(c);
      if (c.done) break;
    }
    expect(chunks.map((c) => c.years.length)).toEqual([3, 3, 2]);
    const last = chunks[chunks.length - 1];
    expect(last.years).toBeInstanceOf(Float64Array);
    expect(last.lq).toHaveLength(2 * N * S);
    expect(last.gdpPerCapita).toHaveLength(2 * N);
    expect(last.flows).toHaveLength(N * N);
    expect(last.tick).toBe(YEARS);

    const direct = simulate(shippedScenario('teaching'), { seed: 7, years: YEARS });
    const cv = chunks.flatMap((c) => Array.from(c.metrics.cv));
    expect(cv).toEqual(Array.from(direct.series.metrics.cv.subarray(0, YEARS)));
    expect(Object.keys(last.metrics)).toEqual([...METRIC_NAMES]);
    expect(last.hash).toBe(runHash(direct));
    expect(chunks[0].hash).toBeNull();
  });

  it('reset returns to year 0 and replays the same run', async () => {
    await remote.reset();
    const a = await remote.advance(YEARS);
    expect(a?.years[0]).toBe(1990);
    const direct = simulate(shippedScenario('teaching'), { seed: 7, years: YEARS });
    expect(a?.hash).toBe(runHash(direct));
    const summary = await remote.summary();
    expect(summary?.hash).toBe(a?.hash);
    expect(summary?.seed).toBe(7);
  });

  it('cancel drops the run', async () => {
    await remote.cancel();
    expect(await remote.advance(1)).toBeNull();
    expect(await remote.snapshot()).toBeNull();
  });
});
