/**
 * Inverse-transform sampling from a cumulative weight row: the smallest k in [0, n) with
 * cum[base + k] > u, for u uniform on [0, cum[base + n − 1]). Binary search, O(log n).
 */
export function sampleCumulative(cum: ArrayLike<number>, base: number, n: number, u: number): number {
  let lo = 0, hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[base + mid] > u) hi = mid; else lo = mid + 1;
  }
  return lo;
}
