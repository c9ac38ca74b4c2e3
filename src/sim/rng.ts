import seedrandom from 'seedrandom';
import { log } from './math';

/**
 * The one source of randomness of a run. Built from a seed with seedrandom's `alea`
 * generator (fast, and bit-identical in Node and in browsers); the engine never uses
 * the global unseeded generator. Every method draws from the same stream, so the order of calls is part
 * of the result: same seed and same calls ⇒ same numbers.
 */
export class Rng {
  /**
   * alea's state (s0, s1, s2, c), seeded by seedrandom and then stepped here: the same arithmetic
   * as seedrandom's alea `next`, so the same numbers, in a method small enough for V8 to inline
   * at every call site (seedrandom's closure over an object is a call per number).
   */
  private readonly s = new Float64Array(4);

  constructor(seed: string | number) {
    const st = seedrandom.alea(String(seed), { state: true }).state() as { s0: number; s1: number; s2: number; c: number };
    this.s[0] = st.s0; this.s[1] = st.s1; this.s[2] = st.s2; this.s[3] = st.c;
  }

  /** Uniform on [0, 1): alea (Baagoe), multiples of 2^-32. */
  uniform(): number {
    const s = this.s;
    const t = 2091639 * s[0] + s[3] * 2.3283064365386963e-10; // 2^-32
    s[0] = s[1];
    s[1] = s[2];
    const c = t | 0;
    s[3] = c;
    return (s[2] = t - c);
  }

  /** Uniform integer on [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Standard normal (Marsaglia's polar method: no trigonometry, so identical everywhere). */
  normal(): number {
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
    }
  }

  /**
   * Number of failures before the first success in Bernoulli(p) trials (p in (0, 1]):
   * ⌊ln(1 − u) / ln(1 − p)⌋ (Devroye 1986, X.2). Used to visit each of n items with probability
   * p in O(pn) draws ("geometric skipping").
   */
  skip(logOneMinusP: number): number {
    return Math.floor(log(1 - this.uniform()) / logOneMinusP);
  }

  /**
   * A fast sampler of `skip(logOneMinusP)`: the same numbers, draw by draw, mostly read from a
   * table (see GeometricSkipper). Tables are cached per probability for the run.
   */
  skipper(logOneMinusP: number): GeometricSkipper {
    let sk = this.skippers.get(logOneMinusP);
    if (!sk) { sk = new GeometricSkipper(this, logOneMinusP); this.skippers.set(logOneMinusP, sk); }
    return sk;
  }

  private readonly skippers = new Map<number, GeometricSkipper>();

  /** Rounds x up or down at random so that the expectation is x. */
  roundStochastic(x: number): number {
    const f = Math.floor(x);
    return f + (this.uniform() < x - f ? 1 : 0);
  }
}

/** Bits of the uniform that index the skip table. */
const TABLE_BITS = 12;
const BUCKETS = 1 << TABLE_BITS;

/**
 * Geometric skips from a table: ⌊ln(1 − u)/ln(1 − p)⌋ is monotone in u, so over each of 4096
 * equal buckets of u it is either constant (stored) or steps (−1 stored: compute it). alea's
 * uniforms are multiples of 2^-32, so the bucket's last value is exact. One table read replaces a
 * logarithm for ~98% of draws at p = 0.1; the result is identical to the formula.
 * (After the geometric table of the reference model in bench/reference/geometric.ts.)
 */
export class GeometricSkipper {
  private readonly table = new Int32Array(BUCKETS);

  constructor(private readonly rng: Rng, private readonly logQ: number) {
    for (let b = 0; b < BUCKETS; b++) {
      const lo = this.formula(b / BUCKETS);
      const hi = this.formula((b + 1) / BUCKETS - 2.3283064365386963e-10); // minus 2^-32
      this.table[b] = lo === hi ? lo : -1;
    }
  }

  private formula(u: number): number {
    return Math.floor(log(1 - u) / this.logQ);
  }

  /** The next skip (one uniform from the run's stream). */
  skip(): number {
    const u = this.rng.uniform();
    const t = this.table[(u * BUCKETS) | 0];
    return t >= 0 ? t : this.formula(u);
  }
}
