import { describe, it, expect, vi, afterEach, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'spillover-validate-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const good = file('good.json', JSON.stringify({ name: 'g', cities: [{ name: 'A', x: 0, y: 0, area: 1, population: 1 }, { name: 'B', x: 9, y: 0, area: 1, population: 1 }] }));
const bad = file('bad.json', JSON.stringify({ name: 'b', cities: [{ name: 'A', x: 0, y: 0, area: 1, population: 0 }], extra: 1 }));
const broken = file('broken.json', '{ "name": ');

async function run(argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  try {
    return { code: await main(argv), out };
  } finally {
    log.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spillover validate', () => {
  it('prints "FILE: valid" and exits 0 when every file is valid', async () => {
    expect(await run(['validate', good, 'scenarios/teaching.json'])).toEqual({ code: 0, out: [`${good}: valid`, 'scenarios/teaching.json: valid'] });
  });

  it('prints every problem of every bad file and exits 2', async () => {
    const r = await run(['validate', bad, good, broken, join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([
      `${bad}: extra: unknown key`,
      `${bad}: cities: must have at least 2 items`,
      `${bad}: cities[0].population: must be > 0`,
      `${good}: valid`,
      expect.stringMatching(new RegExp(`^${broken.replace(/[.\\]/g, '\\$&')}: not valid JSON \\(`)),
      `${join(dir, 'missing.json')}: cannot read (ENOENT)`,
    ]);
  });

  it('has --help and refuses to run without files', async () => {
    const h = await run(['validate', '--help']);
    expect(h.code).toBe(0);
    expect(h.out[0]).toMatch(/^spillover validate FILE…/);
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await run(['validate'])).code).toBe(2);
    expect(err).toHaveBeenCalledWith('spillover: validate takes one or more scenario files');
  });

});
