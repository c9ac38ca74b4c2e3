/**
 * The teaching parts of the app root's page: the header tools (language, presentation mode),
 * the open lesson's panel, the lesson list and the glossary sheet. Rendered from the app's
 * TeachingController.
 */
import { html, nothing } from 'lit';
import { t, LOCALES, isLocale } from './i18n';
import { lessonById } from './lessons';
import type { SpilloverApp } from './spillover-app';
import type { Tab } from './app-tabs';
import './lesson-panel';
import { diffLabels } from './scenario-diff';
import './lesson-list';
import './glossary-panel';

export function renderHeaderTools(app: SpilloverApp) {
  const tc = app.teaching;
  return html`<div class="tools">
    <button data-testid="open-lessons" @click=${() => { app.tab = 'lessons'; void app.updateComplete.then(() => app.renderRoot.querySelector('#tabpanel')?.scrollIntoView()); }}>${t('lessons.title')}</button>
    <label>${t('app.language')}
      <select data-testid="lang" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; if (isLocale(v)) tc.setLang(v); }}>
        ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === tc.lang}>${t(`lang.${l}`)}</option>`)}
      </select></label>
    <button data-testid="present" aria-pressed=${tc.present ? 'true' : 'false'} @click=${() => tc.togglePresent()}>
      ${tc.present ? t('app.presentExit') : t('app.present')}</button>
  </div>`;
}

export function renderLessonPanel(app: SpilloverApp) {
  const tc = app.teaching, open = tc.lesson;
  const lesson = open ? lessonById(open.id) : undefined;
  if (!open || !lesson) return nothing;
  return html`<lesson-panel .lesson=${lesson} .step=${open.step} .status=${app.sim.status} .missing=${tc.missing} .changed=${lesson.steps[open.step - 1]?.action.kind === 'change' ? changedSinceStep(app) : NO_CHANGES}
    .yearsCap=${tc.yearsCap} .linkNote=${tc.linkNote} ?present=${tc.present}
    @lesson-nav=${(e: CustomEvent<{ step: number }>) => tc.go(e.detail.step)}
    @lesson-close=${() => tc.close()}
    @lesson-play=${() => app.sim.play()}
    @lesson-link=${() => void tc.copyLink()}
    @lesson-tab=${(e: CustomEvent<{ tab: Tab }>) => { app.tab = e.detail.tab; void app.updateComplete.then(() => app.renderRoot.querySelector('#tabpanel')?.scrollIntoView()); }}></lesson-panel>`;
}

const NO_CHANGES: string[] = [];
let lastChange: { base: unknown; applied: unknown; seed: number; labels: string[] } | null = null;

/**
 * What the student changed since the open step set up its run ("params.housingShare 0.25",
 * "seed 2"). The app renders every frame while a run plays: the last answer is kept until the
 * step's run, the applied scenario or the seed changes.
 */
function changedSinceStep(app: SpilloverApp): string[] {
  const base = app.teaching.stepRun;
  if (!base) return NO_CHANGES;
  if (lastChange && lastChange.base === base && lastChange.applied === app.applied && lastChange.seed === app.seed) return lastChange.labels;
  const labels = [...diffLabels(base.scenario, app.applied, 4), ...(app.seed !== base.seed ? [`seed ${app.seed}`] : [])];
  lastChange = { base, applied: app.applied, seed: app.seed, labels };
  return labels;
}

export function renderLessonList(app: SpilloverApp) {
  const tc = app.teaching;
  return html`<lesson-list .active=${tc.lesson?.id ?? 0}
    @lesson-open=${(e: CustomEvent<{ lesson: number; step: number }>) => { tc.openLesson(e.detail.lesson, e.detail.step); window.scrollTo({ top: 0 }); }}></lesson-list>`;
}

export function renderGlossary(app: SpilloverApp) {
  const tc = app.teaching;
  if (!tc.glossary) return nothing;
  return html`<glossary-panel .term=${tc.glossary} .inputs=${tc.explainInputs(app.sim.store)}></glossary-panel>`;
}
