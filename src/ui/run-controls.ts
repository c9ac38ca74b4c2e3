/**
 * Run controls and readouts: play, pause, step, reset, cancel, speed, seed, horizon; the current
 * year, CV and turning point. Reports intent as events; holds no run state of its own.
 */
import { LitElement, html, css } from 'lit';
import { t, fmt, fmtYear } from './i18n';
import { infoButton, infoButtonStyles } from './glossary/info-button';
import { SPEEDS, type RunStatus } from './sim-controller';

/** Actions the controls ask for (the `run-intent` event's detail.action). */
export type RunAction = 'play' | 'pause' | 'step' | 'reset' | 'cancel' | 'pin' | 'clear-pins';

export class RunControls extends LitElement {
  static override properties = {
    status: { type: String },
    speed: { type: Number },
    seed: { type: Number },
    years: { type: Number },
    year: { type: Number },
    cv: { type: Number },
    peak: { attribute: false },
    pins: { type: Number },
  };

  static override styles = [infoButtonStyles, css`
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: center; }
    button, select, input { font: inherit; }
    button { padding: 0.3rem 0.7rem; border: 1px solid #555; border-radius: 4px; background: #fff; cursor: pointer; }
    button:disabled { opacity: 0.45; cursor: default; }
    button.primary { background: #0072B2; color: #fff; border-color: #0072B2; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
    input[type=number] { width: 5.5rem; }
    .readouts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; margin-top: 0.4rem; }
    .readout { display: flex; flex-direction: column; }
    .readout span:first-child { font-size: 0.75rem; color: #555; text-transform: uppercase; letter-spacing: 0.03em; }
    .readout output, .readout .value { font-size: 1.35rem; font-variant-numeric: tabular-nums; font-weight: 600; }
    :host([present]) .row { display: none; }
    :host([present]) .readout output, :host([present]) .readout .value { font-size: 2rem; }
  `];

  declare status: RunStatus;
  declare speed: number;
  declare seed: number;
  declare years: number;
  declare year: number;
  declare cv: number;
  declare peak: { year: number; cv: number } | null;
  declare pins: number;

  constructor() {
    super();
    this.status = 'loading';
    this.speed = 0;
    this.seed = 1;
    this.years = 0;
    this.year = 0;
    this.cv = NaN;
    this.peak = null;
    this.pins = 0;
  }

  private emit(action: RunAction): void {
    this.dispatchEvent(new CustomEvent('run-intent', { detail: { action }, bubbles: true, composed: true }));
  }

  private emitValue(name: 'speed-change' | 'seed-change' | 'years-change', value: number): void {
    if (!Number.isFinite(value)) return;
    this.dispatchEvent(new CustomEvent(name, { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.status;
    const running = s === 'running';
    const canAdvance = s === 'idle' || s === 'paused';
    const finished = s === 'done' || s === 'cancelled';
    return html`
      <div class="row" role="toolbar" aria-label=${t('controls.label')}>
        ${running
          ? html`<button class="primary" data-testid="pause" @click=${() => this.emit('pause')}>${t('controls.pause')}</button>`
          : html`<button class="primary" data-testid="play" ?disabled=${!canAdvance} @click=${() => this.emit('play')}>${t('controls.play')}</button>`}
        <button data-testid="step" ?disabled=${!canAdvance} @click=${() => this.emit('step')}>${t('controls.step')}</button>
        <button data-testid="reset" ?disabled=${s === 'loading'} @click=${() => this.emit('reset')}>${t('controls.reset')}</button>
        <button data-testid="cancel" ?disabled=${!(running || s === 'loading' || s === 'paused')} @click=${() => this.emit('cancel')}>${t('controls.cancel')}</button>
        <label>${t('controls.speed')}
          <select data-testid="speed" @change=${(e: Event) => this.emitValue('speed-change', Number((e.target as HTMLSelectElement).value))}>
            ${SPEEDS.map((v) => html`<option value=${v} ?selected=${v === this.speed}>${v === 0 ? t('controls.speedMax') : t('controls.speedUnit', { n: v })}</option>`)}
          </select></label>
        <label>${t('controls.seed')}
          <input type="number" data-testid="seed" min="0" step="1" .value=${String(this.seed)}
            @change=${(e: Event) => this.emitValue('seed-change', Math.round(Number((e.target as HTMLInputElement).value)))}></label>
        <label>${t('controls.years')}
          <input type="number" data-testid="years" min="2" max="300" step="1" .value=${String(this.years)}
            @change=${(e: Event) => this.emitValue('years-change', Math.round(Number((e.target as HTMLInputElement).value)))}></label>
        <button data-testid="pin" ?disabled=${!finished} @click=${() => this.emit('pin')}>${t('controls.pin')}</button>
        ${this.pins > 0 ? html`<button data-testid="clear-pins" @click=${() => this.emit('clear-pins')}>${t('controls.clearPins')} (${this.pins})</button>` : ''}
      </div>
      <div class="readouts">
        <div class="readout"><span>${t('readout.year')}</span><span class="value" data-testid="year">${this.year ? fmtYear(this.year) : '—'}</span></div>
        <div class="readout"><span>${t('readout.cv')}${infoButton('cv')}</span><span class="value" data-testid="cv">${fmt(this.cv, 4)}</span></div>
        <div class="readout"><span>${t('readout.peak')}${infoButton('turningPoint')}</span><output data-testid="peak">${this.peak
          ? t('readout.peakValue', { year: fmtYear(this.peak.year), cv: fmt(this.peak.cv, 4) }) : t('readout.peakNone')}</output></div>
        <div class="readout"><span>&nbsp;</span><output data-testid="status">${t(`status.${s}`)}</output></div>
      </div>
    `;
  }
}

customElements.define('run-controls', RunControls);

declare global {
  interface HTMLElementTagNameMap { 'run-controls': RunControls }
}
