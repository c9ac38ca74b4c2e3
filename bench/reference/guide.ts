/**
 * Indexed search, or the guide-table method (Chen & Asau 1974, "On generating random variates
 * from an empirical distribution", AIIE Trans. 6(2); Devroye 1986, III.2.4): a cumulative table
 * plus a guide `guide[k]` = the first outcome whose cumulative weight exceeds k/n of the total.
 * A draw starts at the guide of its n-th of the range and steps forward; the expected number
 * of steps is at most 2 whatever the weights. Building it is two branch-light passes, about a
 * third of the cost of an alias table (Vose's construction branches on every entry).
 */

/**
 * Builds the table of the n weights `a[aBase + j]·b[bBase + j]` (positive) into
 * `cum[base ..]` and `guide[base ..]`; `cum[base + n − 1]` is set to Infinity so a draw never
 * runs past the end. Returns the total weight.
 */
export function buildGuide(
  a: Float64Array, aBase: number, b: Float64Array, bBase: number, n: number,
  cum: Float64Array, guide: Uint8Array | Uint16Array, base: number,
): number {
  let acc = 0;
  for (let j = 0; j < n; j++) cum[base + j] = acc += a[aBase + j] * b[bBase + j];
  cum[base + n - 1] = Infinity;
  const step = acc / n;
  for (let k = 0, j = 0; k < n; k++) {
    const t = k * step;
    while (cum[base + j] <= t) j++;
    guide[base + k] = j;
  }
  return acc;
}

/**
 * Draws from the table at `base` with one uniform u in [0, 1). `step` is total/n as built.
 * (x·step is monotone in x, so the start k·step never passes the target x·step.)
 */
export function drawGuide(cum: Float64Array, guide: Uint8Array | Uint16Array, base: number, n: number, step: number, u: number): number {
  const x = u * n;
  const v = x * step;
  let j = guide[base + (x | 0)];
  while (cum[base + j] <= v) j++;
  return j;
}
