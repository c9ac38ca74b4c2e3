/**
 * The bell curve: CV of per-capita GDP over time, growing live, with optional weighted CV,
 * Theil and Gini, the turning point marked, and pinned runs drawn behind.
 */
import { LitElement, html, css, unsafeCSS } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import type uPlot from 'uplot';
import { UplotHost, OKABE_ITO, yearAxis } from './uplot-host';
import { t, locale } from './i18n';
import { infoButton, infoButtonStyles } from './glossary/info-button';
import { download } from './run-export';

/** The index columns drawn besides the CV. */
export const EXTRA_SERIES = ['weightedCv', 'theil', 'gini'] as const;
export type ExtraSeries = (typeof EXTRA_SERIES)[number];

/** A curve drawn behind the current run. */
export interface PinnedCurve {
  label: string;
  startYear: number;
  cv: ArrayLike<number>;
}

export class BellCurveChart extends LitElement {
  static override properties = {
    startYear: { type: Number },
    horizon: { type: Number },
    length: { type: Number },
    columns: { attribute: false },
    peak: { attribute: false },
    pinned: { attribute: false },
    version: { type: Number },
    shown: { state: true },
  };

  static override styles = [unsafeCSS(uplotCss), infoButtonStyles, css`
    :host { display: block; }
    .toggles { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; font-size: 0.9rem; }
    .plot { min-height: 260px; }
    button { font: inherit; }
  `];

  declare startYear: number;
  declare horizon: number;
  declare length: number;
  /** Columns by name (cv, weightedCv, theil, gini), at least `length` rows each. */
  declare columns: Record<'cv' | ExtraSeries, ArrayLike<number>>;
  declare peak: { year: number; cv: number } | null;
  declare pinned: PinnedCurve[];
  declare version: number;
  declare shown: Record<ExtraSeries, boolean>;

  private readonly host = new UplotHost(280);

  constructor() {
    super();
    this.startYear = 0;
    this.horizon = 0;
    this.length = 0;
    this.columns = { cv: [], weightedCv: [], theil: [], gini: [] };
    this.peak = null;
    this.pinned = [];
    this.version = 0;
    this.shown = { weightedCv: false, theil: false, gini: false };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.host.destroy();
  }

  /** The aligned data uPlot draws: x = every year of the horizon, pinned curves first (behind). */
  data(): (number | null)[][] {
    const xs = Array.from({ length: this.horizon }, (_, i) => this.startYear + i);
    const current = (col: ArrayLike<number>) => xs.map((_, i) => (i < this.length ? col[i] : null));
    const pins = this.pinned.map((p) => xs.map((y) => { const k = y - p.startYear; return k >= 0 && k < p.cv.length ? p.cv[k] : null; }));
    const extras = EXTRA_SERIES.filter((s) => this.shown[s]).map((s) => current(this.columns[s]));
    return [xs, ...pins, current(this.columns.cv), ...extras];
  }

  private options(): Omit<uPlot.Options, 'width' | 'height'> {
    const extras = EXTRA_SERIES.filter((s) => this.shown[s]);
    const colours: Record<ExtraSeries, string> = { weightedCv: OKABE_ITO[1], theil: OKABE_ITO[2], gini: OKABE_ITO[3] };
    return {
      scales: { x: { time: false } },
      axes: [yearAxis(t('chart.year')), { label: t('chart.bell.cv') }],
      series: [
        { label: t('chart.year') },
        ...this.pinned.map((p) => ({ label: t('chart.bell.pinned', { label: p.label }), stroke: '#8a8a8a', width: 1.5, dash: [6, 4] })),
        { label: t('chart.bell.cv'), stroke: OKABE_ITO[0], width: 3 },
        ...extras.map((s) => ({ label: t(`chart.bell.${s}`), stroke: colours[s], width: 2 })),
      ],
      hooks: { draw: [(u: uPlot) => this.drawPeak(u)] },
    };
  }

  /** A dashed vertical line and a ring at the turning point, with its year. */
  private drawPeak(u: uPlot): void {
    if (!this.peak) return;
    const { ctx } = u;
    const x = u.valToPos(this.peak.year, 'x', true);
    const y = u.valToPos(this.peak.cv, 'y', true);
    const px = devicePixelRatio || 1;
    ctx.save();
    ctx.strokeStyle = OKABE_ITO[5];
    ctx.lineWidth = 1.5 * px;
    ctx.setLineDash([4 * px, 4 * px]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(x, y, 6 * px, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillStyle = OKABE_ITO[5];
    ctx.font = `${12 * px}px sans-serif`;
    ctx.fillText(t('chart.bell.peak', { year: this.peak.year }), x + 8 * px, y + 22 * px);
    ctx.restore();
  }

  override updated(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!el || this.horizon <= 0) return;
    const key = [locale(), this.horizon, this.startYear, this.pinned.map((p) => p.label).join('|'), ...EXTRA_SERIES.map((s) => this.shown[s])].join(';');
    this.host.draw(el, key, () => this.options(), this.data());
    this.host.redraw();
  }

  private toggle(s: ExtraSeries, on: boolean): void {
    this.shown = { ...this.shown, [s]: on };
  }

  private async savePng(): Promise<void> {
    const blob = await this.host.png();
    if (blob) download('spillover-bell-curve.png', blob);
  }

  override render() {
    return html`
      <div class="toggles" role="group" aria-label=${t('chart.bell.title')}>
        ${EXTRA_SERIES.map((s) => html`<label><input type="checkbox" data-testid=${`toggle-${s}`} .checked=${this.shown[s]}
          @change=${(e: Event) => this.toggle(s, (e.target as HTMLInputElement).checked)}> ${t(`chart.bell.${s}`)}</label>${infoButton(s === 'weightedCv' ? 'williamson' : s)}`)}
        <button data-testid="png" @click=${() => this.savePng()}>${t('chart.png')}</button>
      </div>
      <div class="plot" role="img" aria-label=${t('chart.bell.title')}></div>
    `;
  }
}

customElements.define('bell-curve-chart', BellCurveChart);

declare global {
  interface HTMLElementTagNameMap { 'bell-curve-chart': BellCurveChart }
}
