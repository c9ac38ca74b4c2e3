import seedrandom from 'seedrandom';
import { log } from './math';

/**
 * The one source of randomness of a run. Built from a seed with seedrandom's `alea`
 * generator (fast, and bit-identical in Node and in browsers); the engine never uses
 * the global unseeded generator. Every method draws from the same stream, so the order of calls is part
 * of the result: same seed and same calls ⇒ same numbers.
 */
export class Rng {
  private readonly next: () => number;

  constructor(seed: string | number) {
    this.next = seedrandom.alea(String(seed));
  }

  /** Uniform on [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** Uniform integer on [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal (Marsaglia's polar method: no trigonometry, so identical everywhere). */
  normal(): number {
    for (;;) {
      const u = 2 * this.next() - 1;
      const v = 2 * this.next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
    }
  }

  /**
   * Number of failures before the first success in Bernoulli(p) trials (p in (0, 1]).
   * Used to visit each of n items with probability p in O(pn) draws ("geometric skipping").
   */
  skip(logOneMinusP: number): number {
    return Math.floor(log(1 - this.next()) / logOneMinusP);
  }

  /** Rounds x up or down at random so that the expectation is x. */
  roundStochastic(x: number): number {
    const f = Math.floor(x);
    return f + (this.next() < x - f ? 1 : 0);
  }
}
