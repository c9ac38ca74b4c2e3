/**
 * The open lesson's current step: what to watch, the action (play, change one thing, predict
 * before seeing), previous/next, and a link to the step. A prediction is locked in before the
 * run plays; the feedback comes after the run, checked against the engine's own runs of the
 * step and its baseline (in a background worker). Emits `lesson-nav`, `lesson-close`,
 * `lesson-play`, `lesson-tab`, `lesson-link`.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { t, type MessageKey } from './i18n';
import type { Lesson, LessonStep, Choice } from './lessons/types';
import type { RunStatus } from './sim-controller';
import type { Outcome } from './lessons/outcome';
import { judge, judgeTomahawk, type Verdict } from './lessons/judge';
import { localFormat } from './lessons/verdict-format';
import { runOutcomes } from './lessons/outcome-runner';
import { computeTomahawk, LESSON_TOMAHAWK } from './tomahawk-run';
import type { TomahawkResult } from '../teach/tomahawk-api';
import { infoButton, infoButtonStyles } from './glossary/info-button';
import { lessonPanelStyles } from './lesson-panel.styles';
import './tomahawk-chart';

export class LessonPanel extends LitElement {
  static override properties = {
    lesson: { attribute: false },
    step: { type: Number },
    status: { type: String },
    missing: { type: String },
    changed: { attribute: false },
    yearsCap: { type: Number },
    linkNote: { type: String },
    choice: { state: true },
    locked: { state: true },
    outcomes: { state: true },
    tomahawk: { state: true },
    failure: { state: true },
  };

  static override styles = [infoButtonStyles, lessonPanelStyles];

  declare lesson: Lesson;
  declare step: number;
  declare status: RunStatus;
  /** Name of the shipped scenario this step needs but the build lacks ('' = none missing). */
  declare missing: string;
  /** What the student changed since this step set up its run (for a "change one thing" step). */
  declare changed: string[];
  declare yearsCap: number | undefined;
  declare linkNote: string;
  declare choice: string | null;
  declare locked: boolean;
  declare outcomes: Outcome[] | null;
  declare tomahawk: TomahawkResult | null;
  declare failure: string;

  private job: AbortController | null = null;

  constructor() {
    super();
    this.step = 1;
    this.status = 'loading';
    this.missing = '';
    this.changed = [];
    this.yearsCap = undefined;
    this.linkNote = '';
    this.choice = null;
    this.locked = false;
    this.outcomes = null;
    this.tomahawk = null;
    this.failure = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.job?.abort();
  }

  get current(): LessonStep {
    return this.lesson.steps[this.step - 1];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('lesson') && !changed.has('step')) return;
    this.job?.abort();
    this.job = null;
    this.choice = null;
    this.locked = false;
    this.outcomes = null;
    this.failure = '';
    const a = this.current.action;
    if (a.kind === 'tomahawk') void computeTomahawk(LESSON_TOMAHAWK, () => {}).then((r) => { this.tomahawk = r; }).catch(() => {});
  }

  private emit(name: string, detail: unknown = null): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Locks the prediction, starts the checking runs in the background and plays the page's run. */
  private lock(): void {
    const step = this.current, a = step.action;
    if (!this.choice) return;
    this.locked = true;
    if (a.kind !== 'predict' || !step.setup) return;
    const j = a.judge;
    const setups = [step.setup, ...(j.kind === 'peakTiming' || j.kind === 'metricVs' ? [j.baseline] : j.kind === 'highestPeak' ? j.others : [])];
    const job = new AbortController();
    this.job = job;
    runOutcomes(setups, this.yearsCap, job.signal)
      .then((o) => { if (this.job === job) this.outcomes = o; })
      .catch((e: unknown) => { if (this.job === job && !job.signal.aborted) this.failure = e instanceof Error ? e.message : String(e); });
    this.emit('lesson-play');
  }

  /** The verdict, once the run is over and the checking runs are in. */
  private verdict(): Verdict | null {
    const a = this.current.action;
    if (!this.locked) return null;
    if (a.kind === 'tomahawk') return this.tomahawk ? judgeTomahawk(this.tomahawk, a.at, localFormat()) : null;
    if (a.kind !== 'predict' || !this.outcomes || (this.status !== 'done' && !this.missing)) return null;
    const [run, ...others] = this.outcomes;
    return judge(a.judge, run, others, localFormat());
  }

  private renderFeedback(choices: Choice[], explain: MessageKey) {
    const v = this.verdict();
    if (!this.locked) return nothing;
    if (this.failure) return html`<p role="alert">${t('lesson.checkFailed', { message: this.failure })}</p>`;
    if (!v) return html`<p role="status" class="wait" data-testid="lesson-waiting">${t('lesson.waiting')}</p>`;
    const label = (id: string | null) => t(choices.find((c) => c.id === id)?.label ?? 'readout.peakNone');
    const mine = label(this.choice);
    const line = v.answer === null ? t('feedback.unknown', { choice: mine })
      : v.answer === this.choice ? t('feedback.right', { choice: mine }) : t('feedback.wrong', { choice: mine, answer: label(v.answer) });
    return html`<div class="feedback ${v.answer === this.choice ? 'right' : 'wrong'}" role="status" data-testid="feedback" data-answer=${v.answer ?? ''}>
      <p><strong>${line}</strong></p><p>${t(v.facts.key, v.facts.params)}</p><p>${t(explain)}</p></div>`;
  }

  private renderChoices(question: MessageKey, choices: Choice[]) {
    return html`<fieldset ?disabled=${this.locked}><legend>${t('lesson.action.predict')} <strong>${t(question)}</strong></legend>
      ${choices.map((c) => html`<label class="choice"><input type="radio" name="predict" data-testid="choice" value=${c.id}
        .checked=${this.choice === c.id} @change=${() => { this.choice = c.id; }}> ${t(c.label)}</label>`)}
      <button class="primary" data-testid="lock" ?disabled=${!this.choice || this.locked || !!this.missing} @click=${() => this.lock()}>${t('lesson.lock')}</button>
    </fieldset>`;
  }

  private renderAction() {
    const a = this.current.action;
    if (a.kind === 'play' && this.status === 'done') return html`<p data-testid="lesson-run-done">${t('lesson.runDone')}</p>`;
    if (a.kind === 'play') {
      return html`<p>${t('lesson.action.play')} <button class="primary" data-testid="lesson-play" ?disabled=${!!this.missing || !(this.status === 'idle' || this.status === 'paused')}
        @click=${() => this.emit('lesson-play')}>${t('lesson.playNow')}</button></p>`;
    }
    if (a.kind === 'change') {
      return html`<p>${t('lesson.action.change')} ${t(a.hint)}</p>
        <button data-testid="lesson-tab" @click=${() => this.emit('lesson-tab', { tab: a.tab })}>${t('lesson.openTab', { tab: t(`tabs.${a.tab}`) })}</button>
        <p role="status" data-testid="lesson-changed">${this.changed.length === 0 ? t('lesson.change.none')
          : this.changed.length === 1 ? t('lesson.change.one', { change: this.changed[0] }) : t('lesson.change.many', { changes: this.changed.join(', ') })}</p>`;
    }
    if (a.kind === 'tomahawk') {
      return html`<tomahawk-chart data-testid="tomahawk"></tomahawk-chart>${this.renderChoices(a.question, a.choices)}${this.renderFeedback(a.choices, a.explain)}`;
    }
    return html`${this.renderChoices(a.question, a.choices)}${this.renderFeedback(a.choices, a.explain)}`;
  }

  override render() {
    const l = this.lesson, s = this.current, n = l.steps.length;
    return html`<section aria-labelledby="lesson-h" data-testid="lesson-panel" data-lesson=${l.id} data-step=${this.step}>
      <header>
        <span class="crumb">${t('lesson.crumb', { label: t('lesson.label', { n: l.id }), title: t(l.title) })}</span>
        <span class="crumb" data-testid="lesson-step">${t('lesson.stepOf', { step: this.step, total: n })}</span>
      </header>
      <h2 id="lesson-h">${t(s.title)}</h2>
      ${this.missing ? html`<p class="missing" role="alert" data-testid="lesson-missing">${t('lesson.missing', { name: this.missing })}</p>` : nothing}
      <p class="watch"><strong>${t('lesson.watch')}</strong> ${t(s.watch)}</p>
      ${this.renderAction()}
      ${s.terms?.length ? html`<p class="terms">${t('lesson.terms')} ${s.terms.map((term) => html`<span>${t(`glossary.${term}.name`)}${infoButton(term)}</span>`)}</p>` : nothing}
      ${this.step === n ? html`<p class="end">${t('lesson.done')}</p>` : nothing}
      <nav class="bar">
        <button data-testid="lesson-prev" ?disabled=${this.step <= 1} @click=${() => this.emit('lesson-nav', { step: this.step - 1 })}>← ${t('lesson.prev')}</button>
        <button class="primary" data-testid="lesson-next" ?disabled=${this.step >= n} @click=${() => this.emit('lesson-nav', { step: this.step + 1 })}>${t('lesson.next')} →</button>
        <button data-testid="lesson-link" @click=${() => this.emit('lesson-link')}>${t('lesson.link')}</button>
        <button data-testid="lesson-close" @click=${() => this.emit('lesson-close')}>${t('lesson.close')}</button>
        ${this.linkNote ? html`<span role="status" class="note">${this.linkNote}</span>` : nothing}
      </nav>
      <p class="keys">${t('lesson.keys')}</p>
    </section>`;
  }
}

customElements.define('lesson-panel', LessonPanel);

declare global {
  interface HTMLElementTagNameMap { 'lesson-panel': LessonPanel }
}
