import { describe, it, expect, beforeAll } from 'vitest';
import { measureFacts, type StylizedFacts } from './stylized';

// The sources' stylized facts (source 000, Tang Jie; model brief "Stylized facts") on the shipped
// clusters, each measured on the mean of 10 seeds over 1990–2040. Only the facts the engine
// reproduces today are here; the others are reported to the engine's owner with their numbers.
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CORES: Record<string, string> = { yrd: 'Shanghai', gba: 'Guangzhou', jjj: 'Beijing' };
const facts: Record<string, StylizedFacts> = {};

beforeAll(() => {
  for (const name of Object.keys(CORES)) facts[name] = measureFacts(name, SEEDS);
}, 600_000);

describe.each(Object.keys(CORES))('%s', (name) => {
  const core = CORES[name];

  it('the CV of per-capita GDP rises, then falls inside the horizon', () => {
    expect(facts[name].peak).not.toBeNull();
    expect(facts[name].cvEnd).toBeLessThan(0.6 * facts[name].peak!.cv);
  });

  it('the core\'s manufacturing location quotient ends below 1', () => {
    expect(facts[name].manufacturingLq[core]).toBeLessThan(1);
  });

  it('the core holds the innovation sectors (LQ clearly above 1)', () => {
    expect(facts[name].innovationLq[core]).toBeGreaterThan(1.5);
  });

  it('the core\'s share of cluster manufacturing falls markedly over 2000–2020', () => {
    expect(facts[name].coreManufacturing2020).toBeLessThan(0.75 * facts[name].coreManufacturing2000);
  });
});

describe('across clusters', () => {
  it('the GBA and Beijing–Tianjin–Hebei peak inside 2000–2020', () => {
    for (const name of ['gba', 'jjj']) {
      expect(facts[name].peak!.year, name).toBeGreaterThanOrEqual(2000);
      expect(facts[name].peak!.year, name).toBeLessThanOrEqual(2020);
    }
  });

  it('the GBA\'s dispersion stays higher than the YRD\'s after 2020 (its hierarchy is disordered)', () => {
    expect(facts.gba.cv2020).toBeGreaterThan(facts.yrd.cv2020);
    expect(facts.gba.cvEnd).toBeGreaterThan(facts.yrd.cvEnd);
  });

  it('the YRD converges faster: its CV falls more from its peak by 2020', () => {
    const fall = (f: StylizedFacts) => 1 - f.cv2020 / f.peak!.cv;
    expect(fall(facts.yrd)).toBeGreaterThan(fall(facts.gba));
  });
});
