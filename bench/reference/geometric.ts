/** Bits of the uniform that index the table. */
const TABLE_BITS = 12;
const INV_2_32 = 1 / 4294967296;

/**
 * Geometric skipping (one draw per event instead of one per item): the number of Bernoulli(p)
 * failures before the next success is ⌊ln(1 − u) / ln(1 − p)⌋ for u uniform on [0, 1)
 * (Devroye 1986, "Non-Uniform Random Variate Generation", X.2). This table caches that value
 * for the 2^12 buckets of the top bits of a 32-bit uniform wherever it is the same over the
 * whole bucket (it is monotone in u), and holds −1 where the bucket straddles a step. A skip
 * is then one table read for ~98% (p = 0.1) or ~90% (p = 0.02) of draws, and the logarithm
 * for the rest — exactly the value the formula gives, draw by draw.
 */
export class GeometricTable {
  readonly table: Int32Array;
  readonly invLog: number;
  readonly shift = 32 - TABLE_BITS;

  constructor(p: number) {
    this.invLog = 1 / Math.log1p(-p);
    const n = 1 << TABLE_BITS;
    this.table = new Int32Array(n);
    for (let b = 0; b < n; b++) {
      const lo = this.skip((b << this.shift) >>> 0);
      const hi = this.skip(((((b + 1) << this.shift) >>> 0) || 4294967296) - 1);
      this.table[b] = lo === hi ? lo : -1;
    }
  }

  /** The skip for a 32-bit unsigned uniform r, computed directly (the fallback). */
  skip(r: number): number {
    return Math.floor(Math.log(1 - r * INV_2_32) * this.invLog);
  }
}
