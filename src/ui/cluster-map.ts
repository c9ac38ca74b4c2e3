/**
 * The cluster map: cities at their projected positions, circle area ∝ population, colour by
 * per-capita GDP (viridis) or dominant sector group (Okabe–Ito); this year's relocations as
 * lines from origin to destination, thicker for more firms; hover or focus shows a city's figures.
 */
import { LitElement, html, svg, css, nothing } from 'lit';
import { styleProps } from './style-props';
import { t, fmt } from './i18n';
import { viridis, GROUPS, GROUP_COLOURS } from './colour-scales';

export type MapColour = 'gdp' | 'sector';

const SIZE = 400;
const PAD = 40;
const R_MAX = 34;
/** Lines drawn at most (the largest flows), so the map stays readable. */
const MAX_LINES = 40;

export class ClusterMap extends LitElement {
  static override properties = {
    cities: { attribute: false },
    population: { attribute: false },
    gdpPerCapita: { attribute: false },
    dominantGroup: { attribute: false },
    flows: { attribute: false },
    version: { type: Number },
    colourBy: { state: true },
    hovered: { state: true },
  };

  static override styles = css`
    :host { display: block; position: relative; }
    svg { width: 100%; height: auto; max-height: 60vh; display: block; background: #fbfbf8; border: 1px solid #ddd; border-radius: 4px; }
    circle { stroke: #222; stroke-width: 1; cursor: pointer; }
    circle:focus { outline: none; stroke-width: 3; stroke: #000; }
    .flow { stroke: #D55E00; stroke-opacity: 0.55; fill: none; }
    text { font: 11px sans-serif; fill: #222; pointer-events: none; paint-order: stroke; stroke: #fbfbf8; stroke-width: 3px; }
    .bar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; font-size: 0.9rem; margin-bottom: 0.3rem; }
    .tip { position: absolute; background: #fff; border: 1px solid #555; border-radius: 4px; padding: 0.3rem 0.5rem; font-size: 0.85rem; pointer-events: none; max-width: 16rem; }
    .legend { display: flex; gap: 0.6rem; flex-wrap: wrap; font-size: 0.8rem; align-items: center; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; vertical-align: middle; margin-right: 0.2rem; }
    .ramp { display: inline-block; width: 6rem; height: 0.7rem; vertical-align: middle; background: linear-gradient(to right, #440154, #3b528b, #21918c, #5ec962, #fde725); }
  `;

  declare cities: { name: string; x: number; y: number }[];
  declare population: ArrayLike<number>;
  declare gdpPerCapita: ArrayLike<number>;
  declare dominantGroup: ArrayLike<number>;
  /** N×N relocations of the year, origin-major. */
  declare flows: ArrayLike<number>;
  declare version: number;
  declare colourBy: MapColour;
  declare hovered: number | null;

  constructor() {
    super();
    this.cities = [];
    this.population = [];
    this.gdpPerCapita = [];
    this.dominantGroup = [];
    this.flows = [];
    this.version = 0;
    this.colourBy = 'gdp';
    this.hovered = null;
  }

  /** Screen positions (viewBox units), north up, fitted to the square with padding. */
  positions(): { x: number; y: number }[] {
    const xs = this.cities.map((c) => c.x), ys = this.cities.map((c) => c.y);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const span = Math.max(x1 - x0, y1 - y0, 1e-9);
    const k = (SIZE - 2 * PAD) / span;
    const ox = (SIZE - (x1 - x0) * k) / 2, oy = (SIZE - (y1 - y0) * k) / 2;
    return this.cities.map((c) => ({ x: ox + (c.x - x0) * k, y: SIZE - (oy + (c.y - y0) * k) }));
  }

  /** Circle radii: area ∝ population, the largest city R_MAX. */
  radii(): number[] {
    let max = 0;
    for (let i = 0; i < this.cities.length; i++) max = Math.max(max, this.population[i] ?? 0);
    return this.cities.map((_, i) => (max > 0 ? R_MAX * Math.sqrt(Math.max(0, this.population[i] ?? 0) / max) : 0));
  }

  /** Fill colour of each city. */
  colours(): string[] {
    if (this.colourBy === 'sector') return this.cities.map((_, i) => GROUP_COLOURS[this.dominantGroup[i] ?? 0] ?? GROUP_COLOURS[3]);
    const g = this.cities.map((_, i) => this.gdpPerCapita[i] ?? 0);
    const lo = Math.min(...g), hi = Math.max(...g);
    return g.map((v) => viridis(hi > lo ? (v - lo) / (hi - lo) : 0.5));
  }

  /** The largest flows as [origin, destination, firms], biggest first. */
  lines(): [number, number, number][] {
    const n = this.cities.length, out: [number, number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { const f = this.flows[i * n + j] ?? 0; if (i !== j && f > 0) out.push([i, j, f]); }
    return out.sort((a, b) => b[2] - a[2]).slice(0, MAX_LINES);
  }

  private figure(i: number, key: 'map.tooltip' | 'map.cityLabel'): string {
    return t(key, {
      name: this.cities[i].name, pop: fmt(this.population[i] ?? 0, 2), gdp: fmt(this.gdpPerCapita[i] ?? 0, 3),
      group: t(`group.${GROUPS[this.dominantGroup[i] ?? 0] ?? 'other'}`),
    });
  }

  override render() {
    const pos = this.positions(), r = this.radii(), fill = this.colours(), lines = this.lines();
    const fmax = lines.length ? lines[0][2] : 1;
    const order = this.cities.map((_, i) => i).sort((a, b) => r[b] - r[a]); // small circles on top
    const h = this.hovered;
    return html`
      <div class="bar">
        <label>${t('map.colourBy')}
          <select data-testid="map-colour" @change=${(e: Event) => { this.colourBy = (e.target as HTMLSelectElement).value as MapColour; }}>
            <option value="gdp" ?selected=${this.colourBy === 'gdp'}>${t('map.colour.gdp')}</option>
            <option value="sector" ?selected=${this.colourBy === 'sector'}>${t('map.colour.sector')}</option>
          </select></label>
        <span class="legend">${this.colourBy === 'gdp'
          ? html`${t('map.legend.low')} <span class="ramp"></span> ${t('map.legend.high')}`
          : GROUPS.map((g, k) => html`<span><span class="swatch" ${styleProps({ background: GROUP_COLOURS[k] })}></span>${t(`group.${g}`)}</span>`)}</span>
      </div>
      <svg viewBox="0 0 ${SIZE} ${SIZE}" role="group" aria-label=${t('map.title')} data-testid="map">
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#D55E00"></path></marker></defs>
        ${lines.map(([i, j, f]) => svg`<line class="flow" x1=${pos[i].x} y1=${pos[i].y} x2=${pos[j].x} y2=${pos[j].y}
          stroke-width=${0.5 + 7 * (f / fmax)} marker-end="url(#arrow)" data-firms=${f}></line>`)}
        ${order.map((i) => svg`<circle cx=${pos[i].x} cy=${pos[i].y} r=${r[i]} fill=${fill[i]} tabindex="0" role="img"
          aria-label=${this.figure(i, 'map.cityLabel')} data-city=${this.cities[i].name}
          @pointerenter=${() => { this.hovered = i; }} @pointerleave=${() => { this.hovered = null; }}
          @focus=${() => { this.hovered = i; }} @blur=${() => { this.hovered = null; }}></circle>`)}
        ${this.cities.map((c, i) => svg`<text x=${pos[i].x + r[i] + 2} y=${pos[i].y + 4}>${c.name}</text>`)}
      </svg>
      <div>${t('map.flows')}</div>
      ${h !== null && this.cities[h] ? html`<div class="tip" role="tooltip" data-testid="map-tooltip"
          ${styleProps({ left: `${(pos[h].x / SIZE) * 100}%`, top: `${(pos[h].y / SIZE) * 100}%` })}>${this.figure(h, 'map.tooltip')}</div>` : nothing}
    `;
  }
}

customElements.define('cluster-map', ClusterMap);

declare global {
  interface HTMLElementTagNameMap { 'cluster-map': ClusterMap }
}
