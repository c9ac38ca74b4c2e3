import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliAsync, tempDir, writeSpec, SMALL_SPEC } from './cli';
import { mergeSweep, mergedFiles } from '../../src/batch/merge';

// One reference sweep (2 workers, unsharded) against which the others must merge byte-identically.
let dir: string, spec: string, refCsv: string, refJson: string;

// Merged in-process (the CLI's merge is exercised in sweep-resume.test.ts): both formats' bytes.
function mergeBoth(dirs: string[]): { csv: string; json: string } {
  const { merged } = mergeSweep(dirs, false);
  return {
    csv: mergedFiles(merged, 'x.csv', 'csv').map((f) => f.text).join(''),
    json: mergedFiles(merged, 'x.json', 'json')[0].text,
  };
}

/** Starts `spillover sweep SPEC … --quiet` and resolves to its exit code (shards run side by side). */
const sweepAsync = (args: string[]) => new Promise((resolve) => cliAsync(['sweep', spec, ...args, '--quiet']).on('exit', resolve));

beforeAll(() => {
  dir = tempDir();
  spec = writeSpec(dir, SMALL_SPEC);
  const r = cli(['sweep', spec, '--out', join(dir, 'ref'), '--workers', '2']);
  expect(r.code, r.stderr).toBe(0);
  ({ csv: refCsv, json: refJson } = mergeBoth([join(dir, 'ref')]));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sweep output does not depend on sharding or workers', () => {
  it('writes one result per run and a manifest naming them all', () => {
    expect(readdirSync(join(dir, 'ref', 'runs')).sort()).toEqual(['r0000.json', 'r0001.json', 'r0002.json', 'r0003.json', 'r0004.json', 'r0005.json']);
    const m = JSON.parse(readFileSync(join(dir, 'ref', 'manifest.json'), 'utf8'));
    expect(m.runs.map((r: { id: string }) => r.id)).toEqual(['r0000', 'r0001', 'r0002', 'r0003', 'r0004', 'r0005']);
    expect(m.runs[0].seed).toBe(4127154647);
    expect(m.parameters).toEqual(['params.initialFirms', 'params.trade.declinePerYear']);
  });

  it('tidy series table: one row per run × year × metric, parameters and seed as columns', () => {
    const lines = refCsv.split('\n');
    expect(lines[0]).toBe('run,params.initialFirms,params.trade.declinePerYear,seed,replication,year,metric,value');
    expect(lines[1]).toMatch(/^r0000,2000,0\.01,4127154647,0,1990,cv,0\.\d+$/);
    expect(JSON.parse(refJson).runs.rows).toHaveLength(6 * 8 * 22);
  });

  it('3 shards (each its own directory) merge to the same bytes', async () => {
    const dirs = [1, 2, 3].map((k) => join(dir, `shard${k}`));
    expect(await Promise.all(dirs.map((d, i) => sweepAsync(['--out', d, '--shard', `${i + 1}/3`, '--workers', '1'])))).toEqual([0, 0, 0]);
    expect(readdirSync(join(dirs[1], 'runs')).sort()).toEqual(['r0001.json', 'r0004.json']);
    const m = mergeBoth(dirs);
    expect(m.csv).toBe(refCsv);
    expect(m.json).toBe(refJson);
  });

  it('2 shards started together into one directory, on 1 worker each, merge to the same bytes', async () => {
    const d = join(dir, 'shared');
    expect(await Promise.all(['2/2', '1/2'].map((s) => sweepAsync(['--out', d, '--shard', s, '--workers', '1'])))).toEqual([0, 0]);
    const m = mergeBoth([d]);
    expect(m.csv).toBe(refCsv);
    expect(m.json).toBe(refJson);
  });
});
