import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliAsync, tempDir, writeSpec, SMALL_SPEC } from './cli';
import { mergeSweep, mergedFiles } from '../../src/batch/merge';

// 12 runs of 12 years on one worker: slow enough (a second or more) to kill part-way.
const SPEC = { ...SMALL_SPEC, years: 12, keep: 'summary', replications: 6 };
let dir: string, spec: string, reference: string;

// In-process merge (the CLI's merge is exercised below, where it refuses and with --partial).
function merged(d: string): string {
  return mergedFiles(mergeSweep([d], false).merged, 'x.json', 'json')[0].text;
}

const results = (d: string) => (existsSync(join(d, 'runs')) ? readdirSync(join(d, 'runs')).filter((f) => f.endsWith('.json')) : []);

beforeAll(() => {
  dir = tempDir();
  spec = writeSpec(dir, SPEC);
  const r = cli(['sweep', spec, '--out', join(dir, 'ref'), '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  reference = merged(join(dir, 'ref'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a killed sweep resumes to the same result', () => {
  it('SIGKILL part-way, then --resume: only the missing runs are redone, merged output identical', async () => {
    const out = join(dir, 'killed');
    const child = cliAsync(['sweep', spec, '--out', out, '--workers', '1', '--quiet']);
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const t0 = Date.now();
    while (results(out).length < 2 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const done = results(out).length;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done).toBeLessThan(12);
    const r = cli(['sweep', spec, '--out', out, '--workers', '2', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`sweep: 12 runs, ${done} already complete; running ${12 - done} on 2 workers`);
    expect(merged(out)).toBe(reference);
  });

  it('a truncated and a corrupted result are detected: merge refuses, --resume redoes them', () => {
    const out = join(dir, 'damaged');
    cpSync(join(dir, 'ref'), out, { recursive: true });
    const r1 = join(out, 'runs', 'r0001.json'), r2 = join(out, 'runs', 'r0002.json');
    const text1 = readFileSync(r1, 'utf8');
    writeFileSync(r1, text1.slice(0, text1.length >> 1));
    // Still valid JSON, one digit of the CV curve changed: only the checksum can tell.
    writeFileSync(r2, readFileSync(r2, 'utf8').replace(/"cv":\[0\.(\d)/, (_, d) => `"cv":[0.${(Number(d) + 1) % 10}`));
    JSON.parse(readFileSync(r2, 'utf8'));
    rmSync(join(out, 'runs', 'r0005.json'));
    writeFileSync(join(out, 'runs', 'r0006.json.tmp'), '{"format":"spillover-ru');

    const refused = cli(['merge', out, '--out', join(dir, 'refused.json')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe('spillover: incomplete sweep: 3 of 12 runs have no complete result: r0001 (truncated or not JSON), r0002 (checksum mismatch), r0005 (finish it with sweep --resume, or merge with --partial)');
    expect(existsSync(join(dir, 'refused.json'))).toBe(false);

    const partial = cli(['merge', out, '--out', join(dir, 'partial.json'), '--partial']);
    expect(partial.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'partial.json'), 'utf8')).sweep.missing).toEqual(['r0001', 'r0002', 'r0005']);

    const r = cli(['sweep', spec, '--out', out, '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('9 already complete; running 3 on');
    expect(existsSync(join(out, 'runs', 'r0006.json.tmp'))).toBe(false);
    expect(merged(out)).toBe(reference);
  });

  it('reports across replications: a table on stdout and a self-contained HTML page', () => {
    const html = join(dir, 'report.html');
    const r = cli(['report', join(dir, 'ref'), '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('test sweep: 12 runs, 2 parameter points');
    expect(lines[1]).toMatch(/^point +runs +peaks +peak year \(95% CI\) +peak CV \(95% CI\) +CV first → last$/);
    expect(lines[3]).toMatch(/^initialFirms=2000, declinePerYear=0\.01 +6 +\d /);
    const page = readFileSync(html, 'utf8');
    expect(page.match(/<polyline /g)).toHaveLength(2);
    expect(page).not.toMatch(/<script|<link|src=|href=|url\(/);
    // The same report from the merged JSON file.
    const file = join(dir, 'for-report.json');
    expect(cli(['merge', join(dir, 'ref'), '--out', file]).code).toBe(0);
    expect(cli(['report', file]).stdout).toBe(r.stdout);
  });
});
