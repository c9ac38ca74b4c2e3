import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/spillover.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('spillover run', () => {
  it('--help explains the command and exits 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('spillover run');
    expect(r.stdout).toContain('tomahawk');
    expect(cli('run', '--help').stdout).toContain('--out DIR');
  });

  it('writes summary.json, series.csv and cities.csv with the promised shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spillover-run-'));
    try {
      const r = cli('run', 'teaching', '--seed', '3', '--years', '12', '--out', dir, '--quiet');
      expect(r.status, r.stderr).toBe(0);
      const s = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
      expect(s.scenario).toBe('teaching');
      expect(s.seed).toBe(3);
      expect(s.years).toHaveLength(12);
      for (const m of ['cv', 'weightedCv', 'theil', 'gini', 'moranI']) expect(s.metrics[m]).toHaveLength(12);
      expect(s.cities).toHaveLength(12);
      expect(s.sectors[0]).toEqual({ id: 'digital', group: 'innovation' });
      expect(Object.keys(s.final)).toEqual(expect.arrayContaining(['population', 'gdpPerCapita', 'lq', 'lqByGroup', 'diversity', 'coreShare']));
      expect(s.final.lq.Metropolis.digital).toBeGreaterThan(0);
      expect(s.final.lqByGroup.Metropolis.innovation).toBeGreaterThan(1);
      expect(s.hash).toMatch(/^[0-9a-f]{64}$/);
      const series = readFileSync(join(dir, 'series.csv'), 'utf8').trim().split('\n');
      expect(series[0]).toBe('year,metric,value');
      expect(series[1]).toMatch(/^1990,cv,0\.\d+$/);
      const cities = readFileSync(join(dir, 'cities.csv'), 'utf8').trim().split('\n');
      expect(cities[0]).toBe('year,city,population,gdp,gdpPerCapita,emp:digital,emp:research,emp:finance,emp:logistics,emp:electronics,emp:equipment,emp:autos,emp:chemicals,emp:textiles');
      expect(cities).toHaveLength(1 + 12 * 12);
      // --json prints the same summary (same seed, same hash).
      const j = cli('run', 'teaching', '--seed', '3', '--years', '12', '--json');
      expect(JSON.parse(j.stdout).hash).toBe(s.hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad input exits 2 with a one-line message naming what is wrong', () => {
    const a = cli('run', 'no-such-scenario');
    expect(a.status).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toContain('no-such-scenario');
    const b = cli('run', 'teaching', '--years', 'ten');
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('--years');
    const c = cli('run', 'teaching', '--yeras', '5');
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('unknown option --yeras');
  });
});

describe('spillover tomahawk', () => {
  it('--json reports simulated and analytic break and sustain points within 2%', () => {
    const r = cli('tomahawk', '--sigma', '5', '--mu', '0.4', '--firms', '2000', '--json');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sigma).toBe(5);
    expect(j.break.analytic).toBeCloseTo(1 / 7, 10);
    expect(Math.abs(j.break.relError)).toBeLessThan(0.02);
    expect(Math.abs(j.sustain.relError)).toBeLessThan(0.02);
  });
  it('refuses μ at or above the no-black-hole bound', () => {
    const r = cli('tomahawk', '--sigma', '5', '--mu', '0.9');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-black-hole');
  });
});
