/**
 * Replications in the page: the current scenario for several seeds at once on a worker pool;
 * the mean CV curve with a 10–90% band, and the distribution of the peak year.
 */
import { LitElement, html, svg, css, unsafeCSS, nothing } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import { t, fmtYear } from './i18n';
import { UplotHost, OKABE_ITO, yearAxis } from './uplot-host';
import { ReplicationPool, poolSize } from './replication-pool';
import { band, peakHistogram, type Replication } from './replication-stats';

export class ReplicationPanel extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    seed: { type: Number },
    years: { type: Number },
    startYear: { type: Number },
    count: { state: true },
    results: { state: true },
    running: { state: true },
    error: { state: true },
  };

  static override styles = [unsafeCSS(uplotCss), css`
    :host { display: block; }
    .row { display: flex; gap: 0.6rem 1rem; flex-wrap: wrap; align-items: center; }
    input, button { font: inherit; }
    input[type=number] { width: 5rem; }
    .hist { width: 100%; max-width: 40rem; height: 160px; display: block; }
    .hist text { font: 10px sans-serif; }
    .error { color: #b00020; }
  `];

  declare scenario: unknown;
  declare seed: number;
  declare years: number;
  declare startYear: number;
  declare count: number;
  declare results: Replication[];
  declare running: boolean;
  declare error: string;

  private pool: ReplicationPool | null = null;
  private readonly plot = new UplotHost(240);
  /** The band of `results`, recomputed when they change (drawn, and exposed as data attributes for tests). */
  private summary: ReturnType<typeof band> = { mean: [], lo: [], hi: [] };

  constructor() {
    super();
    this.scenario = null;
    this.seed = 1;
    this.years = 0;
    this.startYear = 0;
    this.count = 8;
    this.results = [];
    this.running = false;
    this.error = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pool?.cancel();
    this.plot.destroy();
  }

  /** Seeds seed, seed+1, …, seed+count−1. */
  async start(): Promise<void> {
    this.pool?.cancel();
    this.results = [];
    this.error = '';
    this.running = true;
    const pool = new ReplicationPool();
    this.pool = pool;
    const seeds = Array.from({ length: this.count }, (_, i) => this.seed + i);
    try {
      await pool.run(this.scenario, seeds, this.years, (r) => { this.results = [...this.results, r]; });
    } catch (e) {
      if (pool === this.pool) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (pool === this.pool) { this.running = false; this.pool = null; }
    }
  }

  cancel(): void {
    this.pool?.cancel();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('results')) this.summary = band(this.results);
  }

  override updated(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!el || this.results.length === 0) return;
    const b = this.summary;
    const xs = b.mean.map((_, i) => this.startYear + i);
    this.plot.draw(el, 'band', () => ({
      scales: { x: { time: false } },
      axes: [yearAxis(t('chart.year')), { label: t('chart.bell.cv') }],
      series: [{ label: t('chart.year') }, { label: t('rep.band'), stroke: '#7fb8da', width: 1 }, { label: t('rep.band'), stroke: '#7fb8da', width: 1 },
        { label: t('rep.mean'), stroke: OKABE_ITO[0], width: 3 }],
      bands: [{ series: [2, 1], fill: 'rgba(86, 180, 233, 0.3)' }],
    }), [xs, b.lo, b.hi, b.mean]);
  }

  private histogram() {
    const h = peakHistogram(this.results);
    if (!h.bins.length) return h.none ? html`<p>${t('rep.noPeak', { n: h.none })}</p>` : nothing;
    const y0 = this.startYear, span = Math.max(1, this.years), max = Math.max(...h.bins.map((b) => b.n));
    const w = 400 / span;
    return html`<svg class="hist" viewBox="0 0 400 160" role="img" aria-label=${t('rep.histogram')} data-testid="rep-histogram">
      ${h.bins.map((b) => svg`<rect data-year=${b.year} data-n=${b.n} x=${(b.year - y0) * w} y=${140 - (120 * b.n) / max} width=${Math.max(1, w - 1)} height=${(120 * b.n) / max} fill=${OKABE_ITO[5]}>
        <title>${t('rep.bar', { year: fmtYear(b.year), n: b.n })}</title></rect>`)}
      <line x1="0" y1="140" x2="400" y2="140" stroke="#333"></line>
      <text x="0" y="155">${fmtYear(y0)}</text><text x="400" y="155" text-anchor="end">${fmtYear(y0 + span - 1)}</text>
    </svg>${h.none ? html`<p>${t('rep.noPeak', { n: h.none })}</p>` : nothing}`;
  }

  override render() {
    return html`
      <p>${t('rep.help', { workers: poolSize() })}</p>
      <div class="row">
        <label>${t('rep.count')} <input type="number" min="2" max="64" data-testid="rep-count" .value=${String(this.count)}
          @change=${(e: Event) => { this.count = Math.max(2, Math.min(64, Math.round(Number((e.target as HTMLInputElement).value)) || 8)); }}></label>
        <button data-testid="rep-run" ?disabled=${this.running} @click=${() => this.start()}>${t('rep.run')}</button>
        <button data-testid="rep-cancel" ?disabled=${!this.running} @click=${() => this.cancel()}>${t('rep.cancel')}</button>
        <span data-testid="rep-progress" role="status">${this.running || this.results.length ? t('rep.progress', { done: this.results.length, total: this.count }) : ''}</span>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="plot" data-testid="rep-band" data-runs=${this.results.length} data-seeds=${this.results.map((r) => r.seed).join(',')}
        data-mean=${this.summary.mean.join(',')} data-lo=${this.summary.lo.join(',')} data-hi=${this.summary.hi.join(',')}></div>
      ${this.results.length ? html`<h3>${t('rep.histogram')}</h3>${this.histogram()}` : nothing}
    `;
  }
}

customElements.define('replication-panel', ReplicationPanel);

declare global {
  interface HTMLElementTagNameMap { 'replication-panel': ReplicationPanel }
}
