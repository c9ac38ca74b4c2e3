import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { shippedScenario } from '../../src/scenario/parse';
import { simulate, runHash } from '../../src/sim';

const small = { ...shippedScenario('teaching') };
small.params = { ...small.params, initialFirms: 3000 };

describe('determinism', () => {
  it('the same scenario and seed give a bit-identical run (same hash)', () => {
    const a = runHash(simulate(small, { seed: 7, years: 15 }));
    const b = runHash(simulate(small, { seed: 7, years: 15 }));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
  it('different seeds give different runs', () => {
    expect(runHash(simulate(small, { seed: 7, years: 15 }))).not.toBe(runHash(simulate(small, { seed: 8, years: 15 })));
  });
  it('no Math.random in the engine or the agents: all randomness comes from the seeded generator', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
    const root = new URL('../../src/', import.meta.url).pathname;
    const sources = [...files(join(root, 'sim')), ...files(join(root, 'agents'))];
    expect(sources.length).toBeGreaterThan(10);
    for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toMatch(/Math\s*\.\s*random/);
  });
});

describe('portable arithmetic', () => {
  it('the engine uses the deterministic exp/log/pow/cos of src/sim/math.ts, never the engine-dependent Math ones', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('math.ts') ? [p] : [];
    });
    const root = new URL('../../src/', import.meta.url).pathname;
    for (const f of [...files(join(root, 'sim')), ...files(join(root, 'agents')), ...files(join(root, 'scenario'))]) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/Math\s*\.\s*(exp|expm1|log|log1p|log2|log10|pow|cbrt|hypot|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh)\b/);
      // `**` has Math.pow's engine-dependent semantics too (outside comments).
      expect(text.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l)).join('\n'), f).not.toMatch(/\*\*/);
    }
  });
});
