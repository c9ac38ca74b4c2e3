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

/**
 * A guide table (Chen & Asau 1974) over a cumulative row: guide[gbase + g] is the smallest k with
 * cum[base + k] > g · total / G (up to rounding), for g in [0, G). `sampleGuided` then answers
 * the same question as `sampleCumulative` — the smallest k with cum[base + k] > u — from a
 * starting point one or two steps away, in O(1) expected time instead of a binary search. The
 * walk corrects any start, so the guide only decides speed, never the answer.
 */
export function buildGuide(cum: ArrayLike<number>, base: number, n: number, guide: Uint16Array | Int32Array, gbase: number, G: number): void {
  const total = cum[base + n - 1];
  const width = total / G;
  let k = 0;
  for (let g = 0; g < G; g++) {
    const edge = g * width;
    while (k < n - 1 && !(cum[base + k] > edge)) k++;
    guide[gbase + g] = k;
  }
}

/**
 * The smallest k in [0, n) with cum[base + k] > uniform · total (uniform in [0, 1)), through the
 * row's guide table: the same answer as `sampleCumulative(cum, base, n, uniform · total)`.
 */
export function sampleGuided(cum: ArrayLike<number>, base: number, n: number, guide: Uint16Array | Int32Array, gbase: number, G: number, uniform: number): number {
  const total = cum[base + n - 1];
  const u = uniform * total;
  if (!(total < Infinity)) return sampleCumulative(cum, base, n, u); // an overflowed row: the search's answer
  // The bucket of u is ⌊uniform · G⌋ (< G for uniform < 1); rounding in u can put the answer a
  // step or two away from the bucket's first index: walk back, then forward, to the exact one.
  let k = guide[gbase + ((uniform * G) | 0)];
  while (k > 0 && cum[base + k - 1] > u) k--;
  while (k < n - 1 && !(cum[base + k] > u)) k++;
  return k;
}
