/**
 * The app root: owns the scenario (applied and draft), the seed, the pinned runs and the view;
 * the SimController owns the worker and the frame loop. Children get data as properties and
 * report intent as events.
 */
import { LitElement, html, css, nothing } from 'lit';
import { SimController } from './sim-controller';
import { SHIPPED_SCENARIOS } from '../scenario/shipped';
import { ENGINE_VERSION } from '../sim/summary';
import { initialRun } from './initial-run';
import { saveScenario, loadPins, savePins, type PinnedRun } from './persist';
import { pinLabel } from './scenario-diff';
import { encodeShare } from './share-link';
import { t } from './i18n';
import { TeachingController } from './teaching-controller';
import { renderHeaderTools, renderLessonPanel, renderGlossary } from './app-teaching';
import { localCities } from './local-names';
import { infoButton } from './glossary/info-button';
import type { RunAction } from './run-controls';
import { appStyles } from './spillover-app.styles';
import { renderTabs, type Tab } from './app-tabs';
import './run-controls';
import './bell-curve-chart';
import './cluster-map';
import { SlowView } from './slow-view';

type Raw = Record<string, unknown>;

export class SpilloverApp extends LitElement {
  static override properties = {
    applied: { state: true },
    draft: { state: true },
    seed: { state: true },
    years: { state: true },
    pins: { state: true },
    tab: { state: true },
    banner: { state: true },
    shareLink: { state: true },
  };

  static override styles = appStyles;

  declare applied: Raw | null;
  declare draft: Raw | null;
  declare seed: number;
  declare years: number | undefined;
  declare pins: PinnedRun[];
  declare tab: Tab;
  declare banner: string;
  declare shareLink: string;

  readonly sim = new SimController(this);
  readonly teaching = new TeachingController(this);
  /** What the map and the structure views show (refreshed less often than every frame while running). */
  readonly view = new SlowView();

  constructor() {
    super();
    this.applied = null;
    this.draft = null;
    this.seed = 1;
    this.years = undefined;
    this.pins = loadPins();
    this.tab = 'structure';
    this.banner = '';
    this.shareLink = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.open();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private onHash = (): void => { if (location.hash.length > 1 && `#${this.shareLink.split('#')[1] ?? ''}` !== location.hash) void this.open(); };

  /** Opens the initial run (shared link, saved scenario or default) and plays it. */
  private async open(): Promise<void> {
    const init = await initialRun(location.search, location.hash);
    this.applied = init.scenario as Raw;
    this.draft = init.draft as Raw;
    this.seed = typeof init.seed === 'number' ? init.seed : 1;
    this.years = init.years;
    this.banner = init.banner;
    if (init.speed !== undefined) this.sim.setSpeed(init.speed);
    // A lesson link sets up its step's run (paused); otherwise the opening run plays.
    if (this.teaching.fromUrl(location.search)) return;
    await this.sim.start(this.applied, this.seed, this.years, init.play && !this.teaching.lesson);
  }

  /** Sets up a lesson step's run, paused; keeps the current run when it is already that one. */
  runLessonSetup(raw: Raw, seed: number, years: number): void {
    const same = this.sim.store && this.seed === seed && this.years === years && JSON.stringify(raw) === JSON.stringify(this.applied);
    if (same) return;
    this.applied = raw;
    this.draft = raw;
    this.seed = seed;
    this.years = years;
    void this.sim.start(raw, seed, years, false);
  }

  /** Starts the applied scenario again (after a change of scenario, seed or horizon) and saves it. */
  restart(play = true): void {
    if (!this.applied) return;
    saveScenario({ scenario: this.applied, draft: this.draft, seed: this.seed, ...(this.years ? { years: this.years } : {}) });
    void this.sim.start(this.applied, this.seed, this.years, play);
  }

  private onIntent(action: RunAction): void {
    const s = this.sim;
    if (action === 'play') s.play();
    else if (action === 'pause') s.pause();
    else if (action === 'step') s.stepOnce();
    else if (action === 'reset') void s.reset();
    else if (action === 'cancel') s.cancel();
    else if (action === 'pin') this.pin();
    else if (action === 'clear-pins') { this.pins = []; savePins([]); }
  }

  private pin(): void {
    const store = this.sim.store;
    if (!store || !this.applied) return;
    const p: PinnedRun = { scenario: this.applied, resolved: store.meta.scenario, seed: this.seed, ...(this.years ? { years: this.years } : {}), startYear: store.meta.scenario.startYear, cv: Array.from(store.column('cv')) };
    this.pins = [...this.pins, p].slice(-5);
    savePins(this.pins);
  }

  applyScenario(raw: Raw): void {
    this.applied = raw;
    this.draft = raw;
    this.restart();
  }

  pickShipped(name: string): void {
    const raw = SHIPPED_SCENARIOS[name];
    if (raw) this.applyScenario(raw as Raw);
  }

  /** Puts the share link in the address bar and on the clipboard (when allowed). */
  async share(): Promise<string> {
    if (!this.applied) return '';
    const hash = await encodeShare({ engineVersion: ENGINE_VERSION, seed: this.seed, scenario: this.applied, ...(this.years ? { years: this.years } : {}) });
    const url = `${location.origin}${location.pathname}#${hash}`;
    this.shareLink = url;
    history.replaceState(null, '', `#${hash}`);
    try { await navigator.clipboard.writeText(url); } catch { /* clipboard not permitted: the link is shown */ }
    return url;
  }

  override updated(): void {
    const store = this.sim.store;
    this.dataset.status = this.sim.status;
    this.dataset.year = store?.length ? String(store.year) : '';
    this.dataset.cv = store?.length ? String(store.latest('cv')) : '';
    this.dataset.hash = store?.hash ?? '';
    this.dataset.firms = store?.length ? String(store.latest('firms')) : '';
    this.dataset.lang = this.teaching.lang;
    this.toggleAttribute('present', this.teaching.present);
    // The secondary views refresh one per frame (SlowView): come back next frame for the next one.
    if (this.view.pending) this.sim.renderNextFrame();
  }

  private renderError() {
    const s = this.sim;
    if (s.status !== 'error') return nothing;
    return html`<section class="error" role="alert" data-testid="error">
      <h2>${s.error ? t('error.title') : t('error.invalid')}</h2>
      ${s.error ? html`<pre>${s.error}</pre>` : html`<ul>${s.problems.map((p) => html`<li>${p}</li>`)}</ul>`}
      <button data-testid="restart" @click=${() => (s.error ? s.restart() : this.pickShipped('teaching'))}>${t('error.restart')}</button>
    </section>`;
  }

  override render() {
    const s = this.sim, store = s.store, meta = store?.meta;
    const current = { scenario: this.applied, resolved: meta?.scenario, seed: this.seed, years: this.years };
    this.view.refresh(store, s.status === 'running', performance.now());
    const row = this.view.map;
    return html`
      <header><div><h1>${t('app.title')}</h1><p>${t('app.tagline')}</p></div>${renderHeaderTools(this)}</header>
      ${this.banner ? html`<div class="banner" role="status" data-testid="banner">${this.banner}
        <button @click=${() => { this.banner = ''; }}>${t('app.dismiss')}</button></div>` : nothing}
      <run-controls .status=${s.status} .speed=${s.speed} .seed=${this.seed} .years=${this.years ?? meta?.scenario.years ?? 0}
        ?present=${this.teaching.present} .year=${store ? store.year : 0} .cv=${store?.length ? store.latest('cv') : NaN} .peak=${store?.peak ?? null} .pins=${this.pins.length}
        @run-intent=${(e: CustomEvent<{ action: RunAction }>) => this.onIntent(e.detail.action)}
        @speed-change=${(e: CustomEvent<{ value: number }>) => s.setSpeed(e.detail.value)}
        @seed-change=${(e: CustomEvent<{ value: number }>) => { this.seed = e.detail.value; this.restart(); }}
        @years-change=${(e: CustomEvent<{ value: number }>) => { this.years = Math.max(2, e.detail.value); this.restart(); }}></run-controls>
      ${renderLessonPanel(this)}
      ${this.renderError()}
      ${s.status === 'loading' && !store ? html`<p>${t('app.loading')}</p>` : nothing}
      <div class="main">
        <section class="card" aria-labelledby="bell-h" data-testid="bell-section">
          <h2 id="bell-h">${t('chart.bell.title')}${infoButton('cv')}${infoButton('turningPoint')}</h2>
          <bell-curve-chart .startYear=${meta?.scenario.startYear ?? 0} .horizon=${meta?.scenario.years ?? 0} .length=${store?.length ?? 0}
            .columns=${store ? { cv: store.metrics.cv, weightedCv: store.metrics.weightedCv, theil: store.metrics.theil, gini: store.metrics.gini } : { cv: [], weightedCv: [], theil: [], gini: [] }}
            .peak=${store?.peak ?? null} .version=${store?.version ?? 0}
            .pinned=${this.pins.map((p) => ({ label: pinLabel(p, current), startYear: p.startYear, cv: p.cv }))}></bell-curve-chart>
        </section>
        <section class="card" aria-labelledby="map-h" data-testid="map-section">
          <h2 id="map-h">${t('map.title')}${infoButton('moran')}</h2>
          ${meta && row ? html`<cluster-map .cities=${localCities(meta)} .population=${row.population}
            .gdpPerCapita=${row.gdpPerCapita} .dominantGroup=${row.dominantGroup} .flows=${row.flows}
            .version=${this.view.lanes.map.version}></cluster-map>` : nothing}
        </section>
      </div>
      ${renderTabs(this)}
      ${renderGlossary(this)}
    `;
  }
}

customElements.define('spillover-app', SpilloverApp);

declare global {
  interface HTMLElementTagNameMap { 'spillover-app': SpilloverApp }
}
