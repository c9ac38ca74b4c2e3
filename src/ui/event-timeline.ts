/**
 * Policy events on a timeline: markers along the horizon, and an editor per event (year and
 * fields), add and remove. Emits `events-change` with the whole new list; edits raw JSON only.
 */
import { LitElement, html, svg, css, nothing } from 'lit';
import { t, fmtYear } from './i18n';
import { EVENT_TYPES, eventTemplate, type EditableEventType } from './event-templates';
import { problemsAt, splitProblem } from './scenario-path';

type RawEvent = Record<string, unknown>;

const CITY_KEYS = new Set(['city', 'from', 'to']);
const LIST_KEYS = new Set(['cities', 'sectors']);

export class EventTimeline extends LitElement {
  static override properties = {
    events: { attribute: false },
    cities: { attribute: false },
    sectors: { attribute: false },
    startYear: { type: Number },
    years: { type: Number },
    problems: { attribute: false },
    addType: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    svg { width: 100%; height: 44px; display: block; }
    ol { list-style: none; padding: 0; margin: 0.4rem 0; display: grid; gap: 0.5rem; }
    li { border: 1px solid #ccc; border-radius: 4px; padding: 0.4rem 0.5rem; display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; }
    li strong { min-width: 10rem; }
    input, select, button { font: inherit; }
    input[type=number] { width: 5.5rem; }
    .problem { color: #b00020; font-size: 0.85rem; flex-basis: 100%; }
    .add { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  `;

  declare events: RawEvent[];
  declare cities: string[];
  declare sectors: string[];
  declare startYear: number;
  declare years: number;
  /** Validator problems of the draft scenario (paths like events.2.year). */
  declare problems: string[];
  declare addType: EditableEventType;

  constructor() {
    super();
    this.events = [];
    this.cities = [];
    this.sectors = [];
    this.startYear = 0;
    this.years = 1;
    this.problems = [];
    this.addType = 'transport';
  }

  private change(events: RawEvent[]): void {
    this.dispatchEvent(new CustomEvent('events-change', { detail: { events }, bubbles: true, composed: true }));
  }

  private edit(i: number, key: string, value: unknown): void {
    this.change(this.events.map((e, k) => (k === i ? { ...e, [key]: value } : e)));
  }

  private add(): void {
    const year = this.startYear + Math.floor(this.years / 2);
    this.change([...this.events, eventTemplate(this.addType, year, this.cities, this.sectors)]);
  }

  private field(i: number, key: string, value: unknown) {
    const id = `ev-${i}-${key}`;
    const label = html`<label for=${id}>${key}</label>`;
    if (typeof value === 'number') {
      return html`${label}<input id=${id} type="number" step="any" .value=${String(value)}
        @change=${(e: Event) => this.edit(i, key, Number((e.target as HTMLInputElement).value))}>`;
    }
    if (typeof value === 'string') {
      const options = CITY_KEYS.has(key) ? this.cities : key === 'sector' ? this.sectors : key === 'direction' ? ['forward', 'reverse', 'twoWay'] : null;
      if (options) {
        return html`${label}<select id=${id} @change=${(e: Event) => this.edit(i, key, (e.target as HTMLSelectElement).value)}>
          ${(options.includes(value) ? options : [value, ...options]).map((o) => html`<option ?selected=${o === value}>${o}</option>`)}</select>`;
      }
      return html`${label}<input id=${id} type="text" .value=${value} @change=${(e: Event) => this.edit(i, key, (e.target as HTMLInputElement).value)}>`;
    }
    if (Array.isArray(value) && LIST_KEYS.has(key)) {
      return html`${label}<input id=${id} type="text" .value=${value.join(', ')}
        @change=${(e: Event) => this.edit(i, key, (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean))}>`;
    }
    return nothing;
  }

  override render() {
    const x = (year: number) => 2 + (96 * (year - this.startYear)) / Math.max(1, this.years);
    return html`
      <svg viewBox="0 0 100 22" preserveAspectRatio="none" role="img" aria-label=${t('events.timeline')}>
        <line x1="2" y1="11" x2="98" y2="11" stroke="#888" stroke-width="0.6"></line>
        ${this.events.map((e) => svg`<rect x=${x(Number(e.year)) - 0.6} y="4" width="1.2" height="14" fill="#D55E00"><title>${t('events.mark', { type: EVENT_TYPES.includes(e.type as EditableEventType) || e.type === 'newCity' ? t(`event.${e.type as EditableEventType | 'newCity'}`) : String(e.type), year: fmtYear(Number(e.year)) })}</title></rect>`)}
      </svg>
      ${this.events.length === 0 ? html`<p>${t('events.none')}</p>` : nothing}
      <ol data-testid="events">${this.events.map((e, i) => html`<li>
        <strong>${EVENT_TYPES.includes(e.type as EditableEventType) || e.type === 'newCity' ? t(`event.${e.type as EditableEventType | 'newCity'}`) : String(e.type)}</strong>
        ${Object.entries(e).filter(([k]) => k !== 'type').map(([k, v]) => this.field(i, k, v))}
        <button data-testid=${`event-remove-${i}`} @click=${() => this.change(this.events.filter((_, k) => k !== i))}>${t('events.remove')}</button>
        ${problemsAt(this.problems, `events.${i}`).map((p) => html`<span class="problem" role="alert">${splitProblem(p).path}: ${splitProblem(p).reason}</span>`)}
      </li>`)}</ol>
      <div class="add">
        <label>${t('events.type')}
          <select data-testid="event-type" @change=${(e: Event) => { this.addType = (e.target as HTMLSelectElement).value as EditableEventType; }}>
            ${EVENT_TYPES.map((ty) => html`<option value=${ty} ?selected=${ty === this.addType}>${t(`event.${ty}`)}</option>`)}
          </select></label>
        <button data-testid="event-add" @click=${() => this.add()}>${t('events.add')}</button>
      </div>
    `;
  }
}

customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap { 'event-timeline': EventTimeline }
}
