/**
 * Lesson 2's tomahawk diagram (uPlot): the first city's settled share of industry against trade
 * freeness φ, from an even start and from full agglomeration, every point an engine run; the
 * break and sustain points found by the engine (solid) and by the formulas (dashed), and the
 * hysteresis band between them shaded. The marked values are exposed as data attributes.
 */
import { LitElement, html, css, unsafeCSS, nothing } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import type uPlot from 'uplot';
import { UplotHost, OKABE_ITO } from './uplot-host';
import { t, fmt, fmtPercent, locale } from './i18n';
import { computeTomahawk, LESSON_TOMAHAWK, type TomahawkProgress } from './tomahawk-run';
import type { TomahawkResult } from '../teach/tomahawk-api';

export class TomahawkChart extends LitElement {
  static override properties = {
    progress: { state: true },
    result: { state: true },
    error: { state: true },
  };

  static override styles = [unsafeCSS(uplotCss), css`
    :host { display: block; }
    h3 { font-size: 1rem; margin: 0.2rem 0; }
    .plot { min-height: 300px; }
    .note { font-size: 0.9rem; color: #333; margin: 0.3rem 0; }
    progress { width: min(20rem, 80%); }
  `];

  declare progress: TomahawkProgress | null;
  declare result: TomahawkResult | null;
  declare error: string;

  private readonly host = new UplotHost(320);

  constructor() {
    super();
    this.progress = null;
    this.result = null;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    computeTomahawk(LESSON_TOMAHAWK, (p) => { this.progress = p; })
      .then((r) => { this.result = r; })
      .catch((e: unknown) => { this.error = e instanceof Error ? e.message : String(e); });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.host.destroy();
  }

  private points() {
    return this.result?.points ?? this.progress?.points ?? [];
  }

  /** Vertical markers and the hysteresis band, drawn under the points. */
  private drawMarks(u: uPlot): void {
    const r = this.result;
    if (!r) return;
    const { ctx } = u, px = devicePixelRatio || 1;
    const x = (phi: number) => u.valToPos(phi, 'x', true);
    const top = u.bbox.top, h = u.bbox.height;
    ctx.save();
    ctx.fillStyle = 'rgba(230, 159, 0, 0.18)';
    ctx.fillRect(x(r.sustain.simulated), top, x(r.break.simulated) - x(r.sustain.simulated), h);
    const line = (phi: number, colour: string, dash: number[]) => {
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2 * px;
      ctx.setLineDash(dash.map((d) => d * px));
      ctx.beginPath();
      ctx.moveTo(x(phi), top);
      ctx.lineTo(x(phi), top + h);
      ctx.stroke();
    };
    line(r.break.simulated, OKABE_ITO[5], []);
    line(r.sustain.simulated, OKABE_ITO[0], []);
    line(r.break.analytic, OKABE_ITO[5], [5, 4]);
    line(r.sustain.analytic, OKABE_ITO[0], [5, 4]);
    ctx.setLineDash([]);
    ctx.font = `${12 * px}px sans-serif`;
    ctx.fillStyle = OKABE_ITO[5];
    ctx.fillText(t('tomahawk.break'), x(r.break.simulated) + 4 * px, top + h - 8 * px);
    ctx.fillStyle = OKABE_ITO[0];
    ctx.textAlign = 'right';
    ctx.fillText(t('tomahawk.sustain'), x(r.sustain.simulated) - 4 * px, top + h - 8 * px);
    ctx.restore();
  }

  override updated(): void {
    const r = this.result;
    if (r) {
      this.dataset.breakSimulated = String(r.break.simulated);
      this.dataset.breakAnalytic = String(r.break.analytic);
      this.dataset.sustainSimulated = String(r.sustain.simulated);
      this.dataset.sustainAnalytic = String(r.sustain.analytic);
      this.toggleAttribute('ready', true);
    }
    const el = this.renderRoot.querySelector<HTMLElement>('.plot');
    const pts = this.points();
    if (!el || !pts.length) return;
    const xs = pts.map((p) => p.phi);
    const data = [xs, pts.map((p) => p.fromSymmetric), pts.map((p) => p.fromAgglomerated)];
    const dot = (colour: string, size: number) => ({ stroke: colour, fill: colour, size, width: 1 });
    this.host.draw(el, `${locale()}|${this.result ? 'done' : 'progress'}`, () => ({
      scales: { x: { time: false, range: [0, 0.36] }, y: { range: [0, 1.05] } },
      axes: [{ label: t('tomahawk.axisPhi') }, { label: t('tomahawk.axisShare') }],
      series: [
        { label: 'φ' },
        { label: t('tomahawk.fromSymmetric'), stroke: OKABE_ITO[0], width: 1.5, points: { show: true, ...dot(OKABE_ITO[0], 9) } },
        { label: t('tomahawk.fromAgglomerated'), stroke: OKABE_ITO[1], width: 1.5, dash: [4, 3], points: { show: true, ...dot(OKABE_ITO[1], 6) } },
      ],
      hooks: { drawAxes: [(u: uPlot) => this.drawMarks(u)] },
    }), data);
    this.host.redraw();
  }

  private readout(r: TomahawkResult) {
    const err = (s: number, a: number) => fmtPercent((s - a) / a, 2);
    return t('tomahawk.readout', {
      bSim: fmt(r.break.simulated, 4), bAn: fmt(r.break.analytic, 4), bErr: err(r.break.simulated, r.break.analytic),
      sSim: fmt(r.sustain.simulated, 4), sAn: fmt(r.sustain.analytic, 4), sErr: err(r.sustain.simulated, r.sustain.analytic),
    });
  }

  override render() {
    const r = this.result, p = this.progress;
    const req = LESSON_TOMAHAWK;
    return html`
      <h3>${t('tomahawk.title')}</h3>
      <p class="note">${t('tomahawk.params', { sigma: fmt(req.sigma, 0), mu: fmt(req.mu, 1), firms: fmt(req.firms, 0) })}</p>
      ${this.error ? html`<p role="alert">${t('tomahawk.error', { message: this.error })}</p>` : nothing}
      ${!r && !this.error ? html`<p class="note" role="status" data-testid="tomahawk-progress">
        ${p?.bisecting ? t('tomahawk.bisecting') : t('tomahawk.progress', { done: (p?.done ?? 0) * 2, total: req.phis.length * 2 })}
        <progress max=${req.phis.length + 1} .value=${(p?.done ?? 0) + (p?.bisecting ? 0.5 : 0)}></progress></p>` : nothing}
      <div class="plot" role="img" aria-label=${t('tomahawk.title')}></div>
      ${r ? html`<p class="note" data-testid="tomahawk-readout">${this.readout(r)}</p><p class="note">${t('tomahawk.legend')}</p>` : nothing}
    `;
  }
}

customElements.define('tomahawk-chart', TomahawkChart);

declare global {
  interface HTMLElementTagNameMap { 'tomahawk-chart': TomahawkChart }
}
