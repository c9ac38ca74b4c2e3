/**
 * The turning point of the bell-shaped curve: the year and height at which the dispersion of
 * per-capita GDP (CV) peaks, found robustly on a noisy simulated series. Pure, no random numbers.
 */

/** Options of {@link findPeak}. */
export interface PeakOptions {
  /** Moving-average window in points; odd (an even value is rounded up to the next odd). Default 5. */
  window?: number;
  /** Share of the points at each end where a maximum does not count as a peak (at least 1 point). Default 0.1. */
  edgeShare?: number;
  /** Minimum rise into and fall after the peak, relative to the peak height. Default 0.05. */
  minDrop?: number;
}

/** A peak found by {@link findPeak}. */
export interface Peak {
  /** years[index]. */
  year: number;
  /** Height of the SMOOTHED series at the peak (not the raw value). */
  cv: number;
  /** Index of the peak in the input series. */
  index: number;
}

/**
 * Turning point of a bell-shaped series (e.g. CV of per-capita GDP by year).
 *
 * Rule:
 * 1. Smooth the values with a centred moving average of `window` points (default 5, odd).
 *    Near the ends the window shrinks symmetrically, to 2·min(i, n−1−i)+1 points, so the first
 *    and last points are left as they are.
 * 2. The peak is the FIRST index of the maximum of the smoothed series.
 * 3. There is no peak inside the horizon (the function returns `null`) when
 *    - the peak lies in the first or last `edgeShare` of the points (default 0.1: the
 *      ceil(0.1·n) first and last points, and always at least 1 point at each end), or
 *    - the smoothed series does not fall after the peak by at least `minDrop` × peak height
 *      by the end (smoothed last value > peak − minDrop·|peak|; default minDrop 0.05), or
 *    - it does not rise into the peak by at least `minDrop` × peak height from the start
 *      (smoothed first value > peak − minDrop·|peak|).
 *    Series shorter than 3 points have no peak.
 * 4. Otherwise the result is `{ year: years[index], cv: smoothed[index], index }`.
 *
 * A centred moving average moves a sharp, asymmetric peak (steep rise, slow fall) a year or two
 * toward the flatter side; on a smooth bell the shift is negligible.
 * Values must be finite. Allocates one Float64Array of length n (the smoothed series).
 *
 * @param years time stamps, same length as values.
 * @param values the series (e.g. CV per tick).
 * @throws RangeError if years and values differ in length.
 */
export function findPeak(years: ArrayLike<number>, values: ArrayLike<number>, opts: PeakOptions = {}): Peak | null {
  const n = values.length;
  if (years.length !== n) throw new RangeError(`findPeak: ${years.length} years but ${n} values`);
  if (n < 3) return null;
  const win = Math.max(1, Math.floor(opts.window ?? 5));
  const half = win >> 1; // an even window w behaves as w + 1
  const edgeShare = opts.edgeShare ?? 0.1;
  const minDrop = opts.minDrop ?? 0.05;

  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = Math.min(half, i, n - 1 - i);
    let acc = 0;
    for (let j = i - h; j <= i + h; j++) acc += values[j];
    s[i] = acc / (2 * h + 1);
  }

  let index = 0;
  for (let i = 1; i < n; i++) if (s[i] > s[index]) index = i;

  // ceil with a small tolerance so that e.g. 0.1 · 50 counts as 5 points, not 6.
  const edge = Math.max(1, Math.ceil(edgeShare * n - 1e-9));
  if (index < edge || index > n - 1 - edge) return null;

  const peak = s[index];
  const threshold = peak - minDrop * Math.abs(peak);
  if (s[n - 1] > threshold || s[0] > threshold) return null;

  return { year: years[index], cv: peak, index };
}
