import { describe, it, expect } from 'vitest';
import { pinLabel } from '../../src/ui/scenario-diff';
import { SHIPPED_SCENARIOS } from '../../src/scenario/shipped';
import { parseScenario } from '../../src/scenario/parse';

describe('pinned-run labels on resolved scenarios', () => {
  const raw = SHIPPED_SCENARIOS.teaching as Record<string, unknown>;
  const edited = { ...raw, params: { ...(raw.params as object | undefined), barrier: 0 } };

  it('name the pinned value of a field the raw file leaves to its default', () => {
    expect((raw.params as Record<string, unknown> | undefined)?.barrier).toBeUndefined();
    const pinned = { scenario: raw, resolved: parseScenario(raw), seed: 1, years: 12 };
    const current = { scenario: edited, resolved: parseScenario(edited), seed: 1, years: 12 };
    expect(pinLabel(pinned, current)).toBe('params.barrier 0.5');
    expect(pinLabel({ ...pinned, scenario: raw, resolved: undefined }, current)).toBe('params.barrier —');
  });

  it('do not repeat a changed horizon as a scenario field', () => {
    const pinned = { scenario: raw, resolved: { ...parseScenario(raw), years: 20 }, seed: 2, years: 20 };
    const current = { scenario: raw, resolved: { ...parseScenario(raw), years: 12 }, seed: 1, years: 12 };
    expect(pinLabel(pinned, current)).toBe('seed 2, 20 years');
  });

  it('follow a change of the current run (the memo is keyed on it)', () => {
    const pinned = { scenario: raw, resolved: parseScenario(raw), seed: 1 };
    expect(pinLabel(pinned, { scenario: raw, resolved: pinned.resolved, seed: 1 })).toBe('same run');
    expect(pinLabel(pinned, { scenario: raw, resolved: pinned.resolved, seed: 3 })).toBe('seed 1');
  });
});
