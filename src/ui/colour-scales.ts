/** Colour-blind-safe colour scales: viridis for values, Okabe–Ito for sector groups. */

// Viridis (van der Walt & Smith, matplotlib) at 9 evenly spaced stops.
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

/** Viridis colour of `v` in [0, 1] (clamped), interpolated between stops. */
export function viridis(v: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hex(VIRIDIS[i]), b = hex(VIRIDIS[i + 1]);
  const c = a.map((ai, k) => Math.round(ai + (b[k] - ai) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function hex(h: string): number[] {
  return [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16));
}

/** Sector groups in the engine's code order (0 manufacturing … 3 other). */
export const GROUPS = ['manufacturing', 'innovation', 'services', 'other'] as const;

/** Okabe–Ito colours of the sector groups. */
export const GROUP_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#CC79A7'] as const;

/** Diverging colour for a location quotient: below 1 toward blue, above 1 toward orange (log scale, ±2× saturates... at LQ 1/4 and 4). */
export function lqColour(lq: number): string {
  const v = Math.max(-1, Math.min(1, Math.log2(lq > 0 ? lq : 1e-9) / 2));
  const [r, g, b] = v < 0 ? mix([247, 247, 247], [33, 102, 172], -v) : mix([247, 247, 247], [178, 24, 43], v);
  return `rgb(${r}, ${g}, ${b})`;
}

function mix(a: number[], b: number[], f: number): number[] {
  return a.map((ai, k) => Math.round(ai + (b[k] - ai) * f));
}
