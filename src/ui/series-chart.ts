/**
 * A small uPlot line chart of columns over the run's years: used for per-city per-capita GDP and
 * for the core's sector shares. Data in as properties; redrawn when `version` changes.
 */
import { LitElement, html, css, unsafeCSS } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import { UplotHost, yearAxis } from './uplot-host';
import { t } from './i18n';

/** One line: label, colour, and its value for row t. */
export interface SeriesLine {
  label: string;
  colour: string;
  value: (t: number) => number;
  dash?: number[];
}

export class SeriesChart extends LitElement {
  static override properties = {
    heading: { type: String },
    yLabel: { type: String },
    years: { attribute: false },
    length: { type: Number },
    lines: { attribute: false },
    version: { type: Number },
  };

  static override styles = [unsafeCSS(uplotCss), css`
    :host { display: block; }
    h3 { font-size: 1rem; margin: 0.2rem 0; }
  `];

  declare heading: string;
  declare yLabel: string;
  declare years: ArrayLike<number>;
  declare length: number;
  declare lines: SeriesLine[];
  declare version: number;

  private readonly host = new UplotHost(220);

  constructor() {
    super();
    this.heading = '';
    this.yLabel = '';
    this.years = [];
    this.length = 0;
    this.lines = [];
    this.version = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.host.destroy();
  }

  override updated(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.plot');
    // No plot before the first row: building a uPlot costs ~5 ms, better spent when there is data.
    if (!el) return;
    if (this.length <= 0) {
      this.host.destroy();
      return;
    }
    const n = this.length;
    const xs = Array.from({ length: n }, (_, i) => this.years[i]);
    const data = [xs, ...this.lines.map((l) => xs.map((_, i) => l.value(i)))];
    const key = this.lines.map((l) => l.label).join('|');
    this.host.draw(el, key, () => ({
      scales: { x: { time: false } },
      axes: [yearAxis(t('chart.year')), { label: this.yLabel }],
      series: [{ label: t('chart.year') }, ...this.lines.map((l) => ({ label: l.label, stroke: l.colour, width: 2, ...(l.dash ? { dash: l.dash } : {}) }))],
    }), data);
  }

  override render() {
    return html`<h3>${this.heading}</h3><div class="plot" role="img" aria-label=${this.heading}></div>`;
  }
}

customElements.define('series-chart', SeriesChart);

declare global {
  interface HTMLElementTagNameMap { 'series-chart': SeriesChart }
}
