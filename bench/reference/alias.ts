/**
 * Walker's alias method with Vose's O(n) construction (Walker 1977; Vose 1991, "A linear
 * algorithm for generating random numbers with a given distribution", IEEE TSE 17(9)).
 * A table over n outcomes is two arrays of n: `prob[j]` and `alias[j]`. To draw, take
 * x = u·n for one uniform u, column j = ⌊x⌋; the outcome is j if x − j < prob[j], else alias[j].
 * One uniform, one comparison, whatever n is.
 */

/**
 * Builds the alias table of `weights[wBase .. wBase+n)` (non-negative, positive sum) into
 * `prob[base ..]` and `alias[base ..]`. `small` and `large` are scratch of length ≥ n.
 * Returns the sum of the weights.
 */
export function buildAlias(
  weights: Float64Array, wBase: number, n: number,
  prob: Float64Array, alias: Uint8Array | Uint16Array, base: number,
  small: Int32Array, large: Int32Array,
): number {
  let total = 0;
  for (let j = 0; j < n; j++) total += weights[wBase + j];
  const scale = n / total;
  let ns = 0, nl = 0;
  for (let j = 0; j < n; j++) {
    const q = weights[wBase + j] * scale;
    prob[base + j] = q;
    if (q < 1) small[ns++] = j; else large[nl++] = j;
  }
  while (ns > 0 && nl > 0) {
    const lo = small[--ns], hi = large[nl - 1];
    alias[base + lo] = hi;
    // hi gives 1 − prob[lo] of its mass to lo's column
    const q = prob[base + hi] + prob[base + lo] - 1;
    prob[base + hi] = q;
    if (q < 1) { nl--; small[ns++] = hi; }
  }
  // Left-overs are 1 up to rounding: they always keep their own column.
  while (nl > 0) { const j = large[--nl]; prob[base + j] = 2; alias[base + j] = j; }
  while (ns > 0) { const j = small[--ns]; prob[base + j] = 2; alias[base + j] = j; }
  return total;
}

/** Draws from the alias table at `base` (n outcomes) with one uniform u in [0, 1). */
export function drawAlias(prob: Float64Array, alias: Uint8Array | Uint16Array, base: number, n: number, u: number): number {
  const x = u * n;
  const j = x | 0;
  return x - j < prob[base + j] ? j : alias[base + j];
}
