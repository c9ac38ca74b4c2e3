import { describe, it, expect } from 'vitest';
import { findPeak } from '../../src/sim/metrics/peak';
import { mulberry32 } from './mulberry32';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const years = range(2000, 2050); // 51 points; edge = ceil(0.1·51) = 6 points at each end
const bell = (center: number) => years.map((t) => 0.2 + 0.3 * Math.exp(-(((t - center) / 8) ** 2)));

describe('findPeak', () => {
  it('window 3 on a small tent: index 4, smoothed height 10/3', () => {
    // values 0,1,2,3,4,3,2,1,0,0; centred 3-point means (1 point at the ends):
    // 0, 1, 2, 3, (3+4+3)/3 = 3.3333333333, 3, 2, 1, (1+0+0)/3, 0 → first max at index 4
    const p = findPeak(range(0, 9), [0, 1, 2, 3, 4, 3, 2, 1, 0, 0], { window: 3 });
    expect(p).not.toBeNull();
    expect(p!.index).toBe(4);
    expect(p!.year).toBe(4);
    expect(p!.cv).toBeCloseTo(3.3333333333, 10);
  });
  it('finds 2023 on a clean bell, with the smoothed height', () => {
    // 5-point mean at the top: 0.2 + 0.3·(1 + 2e^(-1/64) + 2e^(-4/64))/5
    //   = 0.2 + 0.3·(1 + 1.9689928740 + 1.8788261256)/5 = 0.2 + 0.3·0.9695637999 = 0.4908691400
    const p = findPeak(years, bell(2023));
    expect(p).toEqual({ year: 2023, cv: expect.closeTo(0.49086914, 8), index: 23 });
  });
  it('returns null on a monotone rise', () => {
    expect(findPeak(years, years.map((t) => 0.1 + 0.01 * (t - 2000)))).toBeNull();
  });
  it('returns null when the maximum is in the first or last 10% of the horizon', () => {
    // last 6 points are 2045..2050; first 6 are 2000..2005
    expect(findPeak(years, bell(2047))).toBeNull();
    expect(findPeak(years, bell(2003))).toBeNull();
    // just inside: 2044 is index 44 = n - 1 - 6
    expect(findPeak(years, bell(2044))?.year).toBe(2044);
  });
  it('returns null when the series does not fall (or rise) by 5% of the peak', () => {
    // rises from 0.2 to a peak then falls only by 2% of the peak by the end
    const plateau = years.map((t) => (t <= 2025 ? 0.2 + 0.3 * ((t - 2000) / 25) : 0.5 - 0.01 * ((t - 2025) / 25)));
    expect(findPeak(years, plateau)).toBeNull();
    // a symmetric tent 0.2 → 0.5 → 0.2 falls by 60% of the peak: peak at 2025, unless minDrop > 0.6
    const tent = years.map((t) => 0.5 - 0.3 * (Math.abs(t - 2025) / 25));
    expect(findPeak(years, tent)?.year).toBe(2025);
    expect(findPeak(years, tent, { minDrop: 0.65 })).toBeNull();
    // mirror image: starts within 2% of the peak
    expect(findPeak(years, [...plateau].reverse())).toBeNull();
  });
  it('finds 2023 on a noisy bell even when a spike makes a raw value the maximum', () => {
    const rand = mulberry32(51);
    const noisy = bell(2023).map((v) => v + 0.04 * (rand() - 0.5));
    noisy[12] += 0.3; // 2012: raw value ≈ 0.545, above the top of the bell
    const rawMax = noisy.indexOf(Math.max(...noisy));
    expect(years[rawMax]).toBe(2012);
    expect(findPeak(years, noisy)?.year).toBe(2023);
  });
  it('treats an even window as the next odd one, and handles short or mismatched input', () => {
    const v = bell(2023);
    expect(findPeak(years, v, { window: 4 })).toEqual(findPeak(years, v, { window: 5 }));
    expect(findPeak([1, 2], [0, 1])).toBeNull();
    expect(() => findPeak([1, 2, 3], [0, 1])).toThrow(RangeError);
  });
  it('respects edgeShare and minDrop options', () => {
    // 10 points, peak at index 2: inside with edgeShare 0.1 (1 point), outside with 0.3 (3 points)
    const v = [1, 2, 5, 4, 3, 2, 1.5, 1.2, 1.1, 1];
    expect(findPeak(range(0, 9), v, { window: 1 })?.index).toBe(2);
    expect(findPeak(range(0, 9), v, { window: 1, edgeShare: 0.3 })).toBeNull();
    // end 1 vs peak 5: falls by 80%; minDrop 0.9 is not met
    expect(findPeak(range(0, 9), v, { window: 1, minDrop: 0.9 })).toBeNull();
  });
});
