import { describe, it, expect } from 'vitest';
import * as metrics from '../../src/sim/metrics';

describe('metrics index', () => {
  it('re-exports every metric', () => {
    const names = [
      'cv', 'williamson', 'theil', 'theilDecomposition', 'gini',
      'locationQuotients', 'diversityIndex', 'jacobsDiversity', 'krugmanSpecialization', 'coreShare', 'rankSizeSlope',
      'inverseDistanceWeights', 'inverseEconomicDistanceWeights', 'moran',
      'martinSensitivity', 'martinResistance', 'findPeak',
    ] as const;
    for (const n of names) expect(typeof metrics[n]).toBe('function');
    expect(metrics.JACOBS_DIVERSITY_CAP).toBe(1e6);
  });
});
