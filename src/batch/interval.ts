/** Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom (any statistics table). */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** t quantile for a 95% interval with `df` degrees of freedom; beyond 30, interpolated in 1/df towards 1.960. */
export function t975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[df - 1];
  return 1.96 + (2.042 - 1.96) * (30 / df);
}

/** Mean and 95% confidence interval of the mean (Student t, n−1 df); lo = hi = NaN when n < 2. */
export interface MeanInterval { n: number; mean: number; lo: number; hi: number }

export function meanInterval(xs: number[]): MeanInterval {
  const n = xs.length;
  if (!n) return { n, mean: NaN, lo: NaN, hi: NaN };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, lo: NaN, hi: NaN };
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const half = t975(n - 1) * sd / Math.sqrt(n);
  return { n, mean, lo: mean - half, hi: mean + half };
}
