import seedrandom from 'seedrandom';
import { exp, log } from './math';

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

  /**
   * Standard normal, by the ziggurat method (Marsaglia & Tsang 2000, 128 layers): one uniform
   * and a table read for ~99% of draws; the wedges and the tail use the portable exp and log,
   * so the numbers are the same everywhere. The layer comes from the uniform's top 7 bits and
   * the value from its other 25, so the two are independent (Doornik 2005's caution).
   */
  normal(): number {
    for (;;) {
      const bits = this.uniform() * 4294967296; // alea's uniforms are exact multiples of 2^-32
      const layer = bits >>> 25;
      const h = (bits << 7) | 0; // the low 25 bits as a signed 32-bit multiple of 2^7
      const x = h * ZIG_W[layer];
      if (Math.abs(h) < ZIG_K[layer]) return x;
      if (this.acceptOutsideRectangle(layer, h, x)) return this.edgeDraw[0];
    }
  }

  /**
   * The ~1% of ziggurat draws outside their layer's rectangle: writes the accepted value to
   * `edgeDraw[0]` and returns true, or returns false when the wedge rejects x (draw again). The
   * value goes through a typed array, not a return, because V8 would otherwise box every normal
   * draw (16 bytes of garbage each) where this path is inlined.
   */
  private acceptOutsideRectangle(layer: number, h: number, x: number): boolean {
    if (layer === 0) {
      // The tail beyond R (Marsaglia 1964): exponential proposals, accepted with exp(−x²/2).
      for (;;) {
        const t = -log(1 - this.uniform()) / ZIG_R;
        const y = -log(1 - this.uniform());
        if (y + y >= t * t) { this.edgeDraw[0] = h > 0 ? ZIG_R + t : -ZIG_R - t; return true; }
      }
    }
    // A wedge: accept x under the density between the layer's two edges.
    if (ZIG_F[layer] + this.uniform() * (ZIG_F[layer - 1] - ZIG_F[layer]) < exp(-0.5 * x * x)) { this.edgeDraw[0] = x; return true; }
    return false;
  }

  private readonly edgeDraw = new Float64Array(1);

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

/**
 * Ziggurat tables (Marsaglia & Tsang 2000, 128 layers of area ZIG_V under exp(−x²/2)): ZIG_W[i]
 * scales a signed 32-bit integer to layer i's width, ZIG_K[i] is the integer below which a point
 * lies inside the layer's rectangle, ZIG_F[i] = exp(−x_i²/2) at its edge. Built with the portable
 * exp and log, so the same bits everywhere.
 */
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_K = new Float64Array(128);
const ZIG_W = new Float64Array(128);
const ZIG_F = new Float64Array(128);
{
  const m = 2147483648; // 2^31
  let d = ZIG_R, t = d;
  const q = ZIG_V / exp(-0.5 * d * d);
  ZIG_K[0] = (d / q) * m;
  ZIG_K[1] = 0;
  ZIG_W[0] = q / m;
  ZIG_W[127] = d / m;
  ZIG_F[0] = 1;
  ZIG_F[127] = exp(-0.5 * d * d);
  for (let i = 126; i >= 1; i--) {
    d = Math.sqrt(-2 * log(ZIG_V / d + exp(-0.5 * d * d)));
    ZIG_K[i + 1] = (d / t) * m;
    t = d;
    ZIG_F[i] = exp(-0.5 * d * d);
    ZIG_W[i] = d / m;
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
