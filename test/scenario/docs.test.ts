import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scenarioDocs } from '../../scripts/docs-scenarios';

const repo = new URL('../../', import.meta.url);
const csv = new URL('../../../shared/data/cities.csv', import.meta.url);

describe('generated scenario files and docs', () => {
  it('docs/scenarios.md is what scripts/docs-scenarios.ts generates from the schema (rerun it after changing the format)', () => {
    expect(readFileSync(new URL('docs/scenarios.md', repo), 'utf8')).toBe(scenarioDocs());
  });

  it('documents every event with a JSON example', () => {
    const doc = scenarioDocs();
    for (const t of ['transport', 'education', 'barrier', 'landCap', 'subsidy', 'enclavePark', 'shock', 'newCity']) {
      expect(doc).toContain(`### \`${t}\``);
      expect(doc).toContain(`"type": "${t}"`);
    }
  });

  // The data file lives beside the repository (../shared); without it there is nothing to compare.
  it.skipIf(!existsSync(csv))('the cluster scenarios are what scripts/make-scenarios.mjs generates from cities.csv', () => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('scripts/make-scenarios.mjs', repo)), '--check', fileURLToPath(csv)], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});
