import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runPool } from '../../src/batch/pool';
import { planSweep } from '../../src/batch/plan';
import { readResultFile } from '../../src/batch/result-file';
import { expectedIdentity, executeRun } from '../../src/batch/run-task';
import { tempDir } from './cli';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker pool (node:worker_threads, the worker bundled by esbuild or loaded through tsx)', () => {
  const { tasks } = planSweep({ scenario: 'teaching', seed: 3, years: 5, replications: 3, vary: { 'params.initialFirms': [1500] } }, '.', dir);
  mkdirSync(join(dir, 'runs'));

  it('runs every task on the threads; each file equals the same run done in this thread', async () => {
    const done: string[] = [];
    expect(await runPool(tasks, { workers: 2, onDone: (id) => done.push(id) })).toEqual([]);
    expect(done.sort()).toEqual(['r0000', 'r0001', 'r0002']);
    for (const t of tasks) {
      const r = readResultFile(t.file, expectedIdentity(t));
      expect(r.ok && r.result).toEqual(JSON.parse(JSON.stringify(executeRun(t))));
    }
  });

  it('the tsx boot file (the fallback) gives the same result file', async () => {
    const t = { ...tasks[1], file: join(dir, 'tsx.json') };
    expect(await runPool([t], { workers: 1, boot: 'tsx' })).toEqual([]);
    expect(readFileSync(t.file, 'utf8')).toBe(readFileSync(tasks[1].file, 'utf8'));
  });

  it('a run that throws is reported with its id; no new run starts after it', async () => {
    const bad = tasks.map((t, i) => (i === 0 ? { ...t, scenario: null as never, file: join(dir, 'bad.json') } : { ...t, file: join(dir, `late-${i}.json`) }));
    const failures = await runPool(bad, { workers: 1 });
    expect(failures.map((f) => f.id)).toEqual(['r0000']);
    expect(failures[0].error).toMatch(/TypeError/);
    expect(existsSync(join(dir, 'late-1.json'))).toBe(false);
  });
});
