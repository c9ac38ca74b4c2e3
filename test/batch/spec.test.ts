import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseSweepSpec, SweepSpecError } from '../../src/batch/spec';
import { expandRuns, expandValues } from '../../src/batch/expand';
import { deriveSeed } from '../../src/batch/seed';
import { inShard, parseShard } from '../../src/batch/shard';
import { pointScenario } from '../../src/batch/scenario-points';
import { cli, tempDir, writeSpec } from './cli';

const problems = (f: () => unknown): string[] => {
  try { f(); } catch (e) { if (e instanceof SweepSpecError) return e.problems; throw e; }
  return [];
};

describe('sweep spec validation (src/batch/sweep-schema.json)', () => {
  it('accepts the minimal spec of issue 6', () => {
    expect(parseSweepSpec({ scenario: 'teaching', seed: 7, years: 30, replications: 6 })).toEqual({ scenario: 'teaching', seed: 7, years: 30, replications: 6 });
  });

  it('reports every problem at once as "path: reason", unknown keys included', () => {
    expect(problems(() => parseSweepSpec({
      scenario: 3, seed: -1, replication: 2, keep: 'all',
      vary: { 'a b': [1], 'params.x': [], 'params.y': { from: 1, to: 2, step: 0 }, 'params.z': { from: 1 }, 'params.w': 'fast', 'params.v': [null] },
    }))).toEqual([
      '(root): unknown key "replication"',
      'scenario: must be string',
      'seed: must be >= 0',
      'keep: must be one of "series", "summary"',
      'vary: key "a b" is not a dot-separated parameter path',
      'vary.params.x: must NOT have fewer than 1 items',
      'vary.params.y.step: must be > 0',
      'vary.params.z: missing required key "to"',
      'vary.params.z: missing required key "step"',
      'vary.params.w: must be a list of values or a {from, to, step} range',
      'vary.params.v.0: must be number or string or boolean',
    ]);
    expect(problems(() => parseSweepSpec({ seed: 1 }))).toEqual(['(root): missing required key "scenario"']);
    expect(problems(() => parseSweepSpec({ scenario: 'teaching', seed: 1, years: 5, vary: { years: [3, 4] } })))
      .toEqual(['vary.years: the spec\'s "years" already fixes the horizon; keep one of them']);
  });

  it('checks parameter paths and value types against the scenario', () => {
    expect(problems(() => pointScenario('teaching', { 'params.trade.declinePerYer': 0.01, 'params.choice.logitBeta': 'high', params: 1 }, '.'))).toEqual([
      'vary.params.trade.declinePerYer: no such parameter in scenario "teaching"',
      'vary.params.choice.logitBeta: must be a number (the scenario has 8), got "high"',
      'vary.params: no such parameter in scenario "teaching"',
    ]);
    expect(problems(() => pointScenario('teaching', { seed: 3 }, '.'))).toEqual(['vary.seed: runs take their seeds from the sweep\'s "seed" (use "replications")']);
    const p = pointScenario('teaching', { 'params.initialFirms': 2000, 'params.mechanisms.migration': false }, '.');
    expect(p.scenario.params.initialFirms).toBe(2000);
    expect(p.scenario.params.mechanisms.migration).toBe(false);
    expect(p.scenario.params.trade.declinePerYear).toBe(0.04);
  });
});

describe('expansion into runs', () => {
  it('ranges are inclusive and free of float residue', () => {
    expect(expandValues('x', { from: 0.1, to: 0.5, step: 0.1 })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(expandValues('x', { from: 1, to: 2.5, step: 1 })).toEqual([1, 2]);
    expect(problems(() => expandValues('x', { from: 2, to: 1, step: 1 }))).toEqual(['vary.x: empty range (from 2 is above to 1)']);
  });

  it('points × replications, last path fastest, replications fastest of all; seeds from SHA-256 of "seed:i"', () => {
    const runs = expandRuns({ scenario: 'teaching', seed: 7, replications: 2, vary: { a: [1, 2], b: ['x', 'y', 'z'] } });
    expect(runs.map((r) => r.id)).toEqual(Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(4, '0')}`));
    expect(runs[5]).toEqual({ id: 'r0005', index: 5, point: 2, replication: 1, seed: deriveSeed(7, 5), params: { a: 1, b: 'z' } });
    expect(runs[6].params).toEqual({ a: 2, b: 'x' });
    // printf '7:0' | sha256sum → f5ff61d7…; printf '7:1' | sha256sum → d7a0cee7…
    expect([deriveSeed(7, 0), deriveSeed(7, 1)]).toEqual([0xf5ff61d7, 0xd7a0cee7]);
    expect(expandRuns({ scenario: 'teaching', seed: 1, replications: 12345 })[12344].id).toBe('r12344');
  });

  it('shard K/N holds the runs i with i mod N = K − 1; the shards partition the sweep', () => {
    const shards = [1, 2, 3].map((k) => [0, 1, 2, 3, 4, 5, 6].filter((i) => inShard(i, parseShard(`${k}/3`))));
    expect(shards).toEqual([[0, 3, 6], [1, 4], [2, 5]]);
    expect(() => parseShard('0/3')).toThrow('--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/4), got "0/3"');
    expect(() => parseShard('4/3')).toThrow();
  });
});

describe('spillover sweep with bad input', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a bad spec gives the schema message, exit 2, and writes nothing', () => {
    const dir = tempDir();
    dirs.push(dir);
    const spec = writeSpec(dir, { scenario: 'teaching', seed: 7, keep: 'everything', extra: true });
    const out = join(dir, 'out');
    const r = cli(['sweep', spec, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`spillover: ${spec}: (root): unknown key "extra"; ${spec}: keep: must be one of "series", "summary"\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown parameter path or scenario: exit 2, nothing written', () => {
    const dir = tempDir();
    dirs.push(dir);
    const out = join(dir, 'out');
    const typo = cli(['sweep', writeSpec(dir, { scenario: 'teaching', seed: 7, vary: { 'params.trade.declinePerYer': [0.01] } }), '--out', out]);
    expect([typo.code, typo.stderr]).toEqual([2, 'spillover: vary.params.trade.declinePerYer: no such parameter in scenario "teaching"\n']);
    const missing = cli(['sweep', writeSpec(dir, { scenario: 'nowhere.json', seed: 7 }), '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^spillover: scenario: "nowhere.json" is no shipped scenario \(teaching, two-city, yrd, gba, jjj, jjj-relocation, gba-orderly, yrd-barriers\) and no readable file\n$/);
    writeSpec(dir, { name: 'no cities' }, 'bad-scenario.json');
    const invalid = cli(['sweep', writeSpec(dir, { scenario: 'bad-scenario.json', seed: 7 }), '--out', out]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^spillover: scenario "bad-scenario.json": .*cities/);
    expect(existsSync(out)).toBe(false);
  });
});
