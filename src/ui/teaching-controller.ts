/**
 * The teaching layer's state, owned by the app root: the open lesson and step (mirrored in the
 * URL, ?lesson=N&step=M), presentation mode (?present=1, keyboard-driven steps), the language,
 * and the glossary with the data its worked examples need (fetched from the worker on demand).
 */
import type { ReactiveController } from 'lit';
import type { SpilloverApp } from './spillover-app';
import type { RunStore } from './run-store';
import type { ResilienceReadout } from '../sim/summary';
import { SHIPPED_SCENARIOS } from '../scenario/shipped';
import { LESSONS, lessonById, lessonFromQuery, lessonQuery } from './lessons';
import { buildSetup, scenariosOf } from './lessons/setup';
import { preferredLocale, t, type Locale } from './i18n';
import { useLocale } from './i18n/locales';
import { refreshTree } from './refresh-tree';
import type { GlossaryTerm } from './glossary/terms';
import type { ExplainInputs } from './glossary/examples';
import { cityNameZh } from './local-names';

/** Employment fetched for the glossary is refreshed at most this often while a run plays. */
const EMPLOYMENT_EVERY_MS = 1000;

export class TeachingController implements ReactiveController {
  lang: Locale = preferredLocale();
  present = false;
  lesson: { id: number; step: number } | null = null;
  /** A shipped scenario the open step needs but this build lacks. */
  missing = '';
  /** The run the open step set up (scenario and seed), to tell the student what they changed since. */
  stepRun: { scenario: unknown; seed: number } | null = null;
  /** A `?years=` cap on lesson horizons (short demos, tests). */
  yearsCap: number | undefined;
  linkNote = '';
  glossary: GlossaryTerm | null = null;
  private employment: { store: RunStore; version: number; year: number; data: Float64Array } | null = null;
  private employmentAt = 0;
  private resilience: { store: RunStore; data: ResilienceReadout[] } | null = null;
  private fetching = false;

  constructor(private readonly app: SpilloverApp) {
    app.addController(this);
    useLocale(this.lang, false);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
    this.app.addEventListener('glossary-open', this.onGlossary as EventListener);
    this.app.addEventListener('glossary-close', this.onGlossaryClose);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
    this.app.removeEventListener('glossary-open', this.onGlossary as EventListener);
    this.app.removeEventListener('glossary-close', this.onGlossaryClose);
  }

  /** Reads ?present, ?years and ?lesson&step; true when a lesson step started its run. */
  fromUrl(search: string): boolean {
    const q = new URLSearchParams(search);
    this.present = q.get('present') === '1';
    const years = q.get('years');
    this.yearsCap = years && /^\d+$/.test(years) ? Number(years) : undefined;
    const l = lessonFromQuery(search);
    if (!l) return false;
    return this.openLesson(l.lesson, l.step);
  }

  setLang(lang: Locale): void {
    if (lang === this.lang) return;
    this.lang = lang;
    useLocale(lang);
    this.app.requestUpdate();
    refreshTree(this.app.renderRoot);
  }

  togglePresent(): void {
    this.present = !this.present;
    this.syncUrl();
    this.app.requestUpdate();
  }

  /** Opens a lesson at a step (1-based, clamped) and sets up the step's run (paused); true when it started a run. */
  openLesson(id: number, step: number): boolean {
    const lesson = lessonById(id);
    if (!lesson) return false;
    const n = Math.min(Math.max(step, 1), lesson.steps.length);
    this.lesson = { id, step: n };
    this.linkNote = '';
    const s = lesson.steps[n - 1];
    if (s.tab) this.app.tab = s.tab;
    const a = s.action;
    const needed = scenariosOf([s.setup, ...(a.kind === 'predict' ? (a.judge.kind === 'highestPeak' ? a.judge.others : a.judge.kind === 'shockHit' ? [] : [a.judge.baseline]) : [])]);
    this.missing = needed.find((name) => !(name in SHIPPED_SCENARIOS)) ?? '';
    this.syncUrl();
    this.app.requestUpdate();
    // Without a setup of its own, the step works on the run already in place.
    this.stepRun = s.setup ? null : { scenario: this.app.applied, seed: this.app.seed };
    if (!s.setup || this.missing) return false;
    const built = buildSetup(SHIPPED_SCENARIOS, s.setup, this.yearsCap);
    if (built.ok) {
      this.stepRun = { scenario: built.raw, seed: built.seed };
      this.app.runLessonSetup(built.raw, built.seed, built.years);
    }
    return built.ok;
  }

  go(step: number): void {
    if (this.lesson) this.openLesson(this.lesson.id, step);
  }

  close(): void {
    this.lesson = null;
    this.missing = '';
    this.syncUrl();
    this.app.requestUpdate();
  }

  /** The link that opens the current step (and presentation mode, when on). */
  link(): string {
    const q = this.lesson ? lessonQuery(this.present ? '?present=1' : '', this.lesson.id, this.lesson.step) : this.present ? '?present=1' : '';
    return `${location.origin}${location.pathname}${q}`;
  }

  async copyLink(): Promise<void> {
    const url = this.link();
    try { await navigator.clipboard.writeText(url); } catch { /* clipboard not permitted: the link is shown */ }
    this.linkNote = t('lesson.linkCopied', { url });
    this.app.requestUpdate();
  }

  private syncUrl(): void {
    const q = new URLSearchParams(location.search);
    for (const k of ['lesson', 'step', 'present']) q.delete(k);
    if (this.lesson) { q.set('lesson', String(this.lesson.id)); q.set('step', String(this.lesson.step)); }
    if (this.present) q.set('present', '1');
    const s = q.toString();
    history.replaceState(null, '', `${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
  }

  /** Presentation keys: → / Space / PageDown next step, ← / PageUp previous, P play or pause, Esc leave. */
  private onKey = (e: KeyboardEvent): void => {
    if (!this.present || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) && e.key !== 'Escape') return;
    const step = this.lesson?.step ?? 0;
    if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') this.go(step + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.go(step - 1);
    else if (e.key === 'p' || e.key === 'P') (this.app.sim.status === 'running' ? this.app.sim.pause() : this.app.sim.play());
    else if (e.key === 'Escape' && !this.glossary) this.togglePresent();
    else return;
    e.preventDefault();
  };

  private onGlossary = (e: CustomEvent<{ term: GlossaryTerm }>): void => {
    this.glossary = e.detail.term;
    this.app.requestUpdate();
  };

  private onGlossaryClose = (): void => {
    this.glossary = null;
    this.app.requestUpdate();
  };

  /** After each render: fetch what the glossary and the resilience table need, when stale. */
  hostUpdated(): void {
    const sim = this.app.sim, store = sim.store;
    if (!store || this.fetching) return;
    if (sim.status === 'done' && this.resilience?.store !== store) {
      this.fetching = true;
      void sim.summary().then((s) => { this.resilience = { store, data: s?.resilience ?? [] }; })
        .finally(() => { this.fetching = false; this.app.requestUpdate(); });
      return;
    }
    const stale = this.employment?.store !== store || this.employment.version !== store.version;
    if (this.glossary && store.length && stale && performance.now() - this.employmentAt > EMPLOYMENT_EVERY_MS) {
      this.fetching = true;
      this.employmentAt = performance.now();
      const version = store.version;
      void sim.employment().then((r) => { if (r) this.employment = { store, version, year: r.year, data: r.employment }; })
        .finally(() => { this.fetching = false; this.app.requestUpdate(); });
    }
  }

  /** The resilience readouts of the current run, once it is done. */
  resilienceOf(store: RunStore | null): ResilienceReadout[] | null {
    return store && this.resilience?.store === store ? this.resilience.data : null;
  }

  /** The glossary's inputs from the current run's latest row. */
  explainInputs(store: RunStore | null): ExplainInputs | null {
    if (!store || !store.length) return null;
    const { meta, N } = store, r = store.length - 1;
    const sc = meta.scenario;
    const emp = this.employment?.store === store ? this.employment : null;
    return {
      year: store.year,
      cities: meta.cities.map((c) => ({ name: c.name, nameZh: cityNameZh(meta, c.name), region: c.region, x: c.x, y: c.y })),
      sectors: sc.sectors.map((s) => ({ id: s.id, name: s.name ?? s.id, nameZh: s.nameZh })),
      population: store.population.subarray(r * N, (r + 1) * N),
      gdpPerCapita: store.gdpPerCapita.subarray(r * N, (r + 1) * N),
      employment: emp?.data ?? null, employmentYear: emp?.year ?? store.year, peak: store.peak, resilience: this.resilienceOf(store),
    };
  }

  /** Every lesson, for the list. */
  readonly lessons = LESSONS;
}
