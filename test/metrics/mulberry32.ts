/**
 * Seeded uniform generator on [0, 1) for test inputs (Mulberry32, T. Ettinger 2017), so the
 * "random" fixtures are the same on every run and no test uses an unseeded generator.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
