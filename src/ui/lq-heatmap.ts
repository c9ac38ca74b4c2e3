/**
 * Location quotients of the cities × sectors for one year, with a year scrubber (it follows the
 * latest year until moved). Blue = under-represented (LQ < 1), red = specialised (LQ > 1).
 */
import { LitElement, html, css } from 'lit';
import { styleProps } from './style-props';
import { t, fmt, fmtYear } from './i18n';
import { infoButton, infoButtonStyles } from './glossary/info-button';
import { lqColour } from './colour-scales';

export class LqHeatmap extends LitElement {
  static override properties = {
    cities: { attribute: false },
    sectors: { attribute: false },
    years: { attribute: false },
    lq: { attribute: false },
    length: { type: Number },
    version: { type: Number },
    selected: { state: true },
  };

  static override styles = [infoButtonStyles, css`
    :host { display: block; overflow-x: auto; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    table { border-collapse: collapse; font-size: 0.8rem; }
    th, td { padding: 0.2rem 0.35rem; text-align: right; }
    th { font-weight: 600; }
    thead th { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; vertical-align: bottom; max-height: 9rem; }
    td { min-width: 2.6rem; border: 1px solid #fff; font-variant-numeric: tabular-nums; }
    .scrub { display: flex; gap: 0.6rem; align-items: center; margin: 0.3rem 0; flex-wrap: wrap; }
    input[type=range] { width: min(24rem, 60vw); }
  `];

  declare cities: string[];
  declare sectors: { id: string; name: string }[];
  declare years: ArrayLike<number>;
  /** Rows of N×S LQs, [(t*N + i)*S + s]. */
  declare lq: ArrayLike<number>;
  declare length: number;
  declare version: number;
  /** Row picked with the scrubber; null = the latest. */
  declare selected: number | null;

  constructor() {
    super();
    this.cities = [];
    this.sectors = [];
    this.years = [];
    this.lq = [];
    this.length = 0;
    this.version = 0;
    this.selected = null;
  }

  /** The row shown. */
  row(): number {
    return this.selected === null ? this.length - 1 : Math.min(this.selected, this.length - 1);
  }

  override render() {
    if (this.length <= 0) return html``;
    const r = this.row(), N = this.cities.length, S = this.sectors.length;
    const cell = (i: number, s: number) => this.lq[(r * N + i) * S + s];
    const text = (v: number) => fmt(v >= 0.995 && v < 1.005 ? 1 : v, 2);
    return html`
      <div class="scrub">
        <label>${t('lq.scrubber')}
          <input type="range" data-testid="lq-year" min="0" max=${this.length - 1} .value=${String(r)}
            @input=${(e: Event) => { const v = Number((e.target as HTMLInputElement).value); this.selected = v >= this.length - 1 ? null : v; }}></label>
        <strong data-testid="lq-year-label">${t('lq.year', { year: fmtYear(this.years[r]) })}</strong>
        <span>${t('lq.legend')}${infoButton('lq')}${infoButton('diversity')}</span>
      </div>
      <table data-testid="lq-table">
        <caption class="sr">${t('lq.title')}</caption>
        <thead><tr><th></th>${this.sectors.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead>
        <tbody>${this.cities.map((c, i) => html`<tr><th scope="row">${c}</th>${this.sectors.map((s, k) => {
          const v = cell(i, k);
          return html`<td ${styleProps({ background: lqColour(v), color: Math.abs(Math.log2(v || 1e-9)) > 1.2 ? '#fff' : '#111' })}
            title=${t('lq.cell', { city: c, sector: s.name, lq: fmt(v, 2) })}>${text(v)}</td>`;
        })}</tr>`)}</tbody>
      </table>
    `;
  }
}

customElements.define('lq-heatmap', LqHeatmap);

declare global {
  interface HTMLElementTagNameMap { 'lq-heatmap': LqHeatmap }
}
