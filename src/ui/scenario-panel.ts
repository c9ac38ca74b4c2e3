/**
 * The scenario panel: pick a shipped scenario, edit key parameters (slider + number, with unit
 * and a one-line explanation), edit policy events, import a file (validated; the validator's
 * messages shown next to the fields; nothing applied until valid) and export the draft.
 * The app owns the applied scenario and the draft; this element reports intent as events.
 */
import { LitElement, html, css, nothing } from 'lit';
import { t } from './i18n';
import { scenarioLabel } from './local-names';
import { KEY_PARAMS, type KeyParam } from './key-params';
import { getPath, setPath, problemsAt, splitProblem } from './scenario-path';
import { download } from './run-export';
import './event-timeline';

type Raw = Record<string, unknown>;

export class ScenarioPanel extends LitElement {
  static override properties = {
    draft: { attribute: false },
    applied: { attribute: false },
    shipped: { attribute: false },
    cities: { attribute: false },
    sectors: { attribute: false },
    validator: { attribute: false },
    problems: { state: true },
    importProblems: { state: true },
    importMessage: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 0.6rem; }
    .params { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 0.7rem 1.2rem; }
    .param label { font-weight: 600; display: block; }
    .param .inputs { display: flex; gap: 0.5rem; align-items: center; }
    .param input[type=range] { flex: 1; min-width: 8rem; }
    .param input[type=number] { width: 6rem; }
    .help { font-size: 0.82rem; color: #444; margin: 0.1rem 0 0; }
    .problem { color: #b00020; font-size: 0.85rem; margin: 0.15rem 0 0; }
    .note { font-size: 0.9rem; }
    button, select, input { font: inherit; }
    h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
  `;

  declare draft: Raw;
  declare applied: Raw;
  declare shipped: string[];
  declare cities: string[];
  declare sectors: string[];
  /** Validates a raw scenario; resolves to the validator's "path: reason" problems (empty = valid). */
  declare validator: (raw: unknown) => Promise<string[]>;
  declare problems: string[];
  declare importProblems: string[];
  declare importMessage: string;

  constructor() {
    super();
    this.draft = {};
    this.applied = {};
    this.shipped = [];
    this.cities = [];
    this.sectors = [];
    this.validator = async () => [];
    this.problems = [];
    this.importProblems = [];
    this.importMessage = '';
  }

  private emit(name: 'draft-change' | 'scenario-apply' | 'scenario-pick', detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Sets the draft and re-validates it. */
  private async editDraft(raw: Raw): Promise<void> {
    this.importProblems = [];
    this.importMessage = '';
    this.emit('draft-change', { raw });
    this.problems = await this.validator(raw);
  }

  private setParam(p: KeyParam, value: number): void {
    if (Number.isFinite(value)) void this.editDraft(setPath(this.draft, p.path, value));
  }

  /** Reads, parses and validates a file; applies it only when valid. */
  async importText(text: string): Promise<boolean> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      this.importProblems = [t('scenario.jsonError', { message: e instanceof Error ? e.message : String(e) })];
      this.importMessage = t('scenario.importInvalid', { n: 1 });
      return false;
    }
    const problems = await this.validator(raw);
    if (problems.length) {
      this.importProblems = problems;
      this.importMessage = t('scenario.importInvalid', { n: problems.length });
      return false;
    }
    this.importProblems = [];
    this.problems = [];
    this.importMessage = t('scenario.importOk', { name: String((raw as Raw).name) });
    this.emit('scenario-apply', { raw });
    return true;
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.importText(await file.text());
    input.value = '';
  }

  private fieldProblems(path: string) {
    const all = [...problemsAt(this.importProblems, path), ...problemsAt(this.problems, path)];
    return all.map((p) => html`<p class="problem" role="alert" data-testid="field-problem">${splitProblem(p).path}: ${splitProblem(p).reason}</p>`);
  }

  /** Problems that no field shows (e.g. about cities or the file as a whole). */
  private otherProblems(): string[] {
    const shown = (p: string) => { const q = splitProblem(p).path; return KEY_PARAMS.some((k) => q === k.path || q.startsWith(`${k.path}.`)) || q.startsWith('events.'); };
    return [...this.importProblems, ...this.problems].filter((p) => !shown(p));
  }

  private renderParam(p: KeyParam) {
    const v = Number(getPath(this.draft, p.path) ?? p.defaultValue);
    const id = `param-${p.id}`;
    return html`<div class="param">
      <label for=${id}>${t(`param.${p.id}`)} <span class="unit">(${t(`param.${p.id}.unit`)})</span></label>
      <div class="inputs">
        <input type="range" aria-label=${t(`param.${p.id}`)} min=${p.min} max=${p.max} step=${p.step} .value=${String(v)}
          @change=${(e: Event) => this.setParam(p, Number((e.target as HTMLInputElement).value))}>
        <input id=${id} data-testid=${id} type="number" min=${p.min} max=${p.max} step=${p.step} .value=${String(v)}
          @change=${(e: Event) => this.setParam(p, Number((e.target as HTMLInputElement).value))}>
      </div>
      <p class="help">${t(`param.${p.id}.help`)}</p>
      ${this.fieldProblems(p.path)}
    </div>`;
  }

  override render() {
    const name = String(this.draft.name ?? '');
    const edited = JSON.stringify(this.draft) !== JSON.stringify(this.applied);
    const other = this.otherProblems();
    const startYear = Number(this.draft.startYear ?? 1990), years = Number(this.draft.years ?? 50);
    return html`
      <div class="row">
        <label>${t('scenario.pick')}
          <select data-testid="scenario-select" @change=${(e: Event) => this.emit('scenario-pick', { name: (e.target as HTMLSelectElement).value })}>
            ${this.shipped.includes(name) ? nothing : html`<option selected value="">${name}</option>`}
            ${this.shipped.map((s) => html`<option value=${s} ?selected=${s === name}>${scenarioLabel(s)}</option>`)}
          </select></label>
        <label>${t('scenario.import')} <input type="file" accept=".json,application/json" data-testid="import" @change=${this.onFile}></label>
        <button data-testid="export-scenario" @click=${() => download(`${name || 'scenario'}.json`, JSON.stringify(this.draft, null, 2), 'application/json')}>${t('scenario.export')}</button>
      </div>
      ${this.importMessage ? html`<p class="note" role="status" data-testid="import-message">${this.importMessage}</p>` : nothing}
      ${other.length ? html`<div data-testid="problems"><strong>${t('scenario.problemsOther')}</strong>
        ${other.map((p) => html`<p class="problem" role="alert">${p}</p>`)}</div>` : nothing}
      <h3>${t('scenario.params')}</h3>
      <div class="params">${KEY_PARAMS.map((p) => this.renderParam(p))}</div>
      <h3>${t('events.title')}</h3>
      <event-timeline .events=${(this.draft.events as Raw[] | undefined) ?? []} .cities=${this.cities} .sectors=${this.sectors}
        .startYear=${startYear} .years=${years} .problems=${[...this.importProblems, ...this.problems]}
        @events-change=${(e: CustomEvent<{ events: Raw[] }>) => { e.stopPropagation(); void this.editDraft({ ...this.draft, events: e.detail.events }); }}></event-timeline>
      <div class="row">
        ${edited ? html`<span class="note">${t('scenario.pending')}</span>` : nothing}
        <button data-testid="apply" ?disabled=${!edited || this.problems.length > 0} @click=${() => this.emit('scenario-apply', { raw: this.draft })}>${t('scenario.apply')}</button>
        <button data-testid="revert" ?disabled=${!edited} @click=${() => void this.editDraft(this.applied)}>${t('scenario.revert')}</button>
      </div>
    `;
  }
}

customElements.define('scenario-panel', ScenarioPanel);

declare global {
  interface HTMLElementTagNameMap { 'scenario-panel': ScenarioPanel }
}
