/** The list of guided lessons; choosing one emits `lesson-open` with its id and step 1. */
import { LitElement, html, css } from 'lit';
import { t } from './i18n';
import { LESSONS } from './lessons';

export class LessonList extends LitElement {
  static override properties = { active: { type: Number } };

  static override styles = css`
    :host { display: block; }
    p { margin: 0 0 0.6rem; }
    ol { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.6rem; }
    li button { width: 100%; height: 100%; text-align: left; font: inherit; padding: 0.6rem 0.8rem; border: 1px solid #bbb; border-radius: 6px; background: #fff; cursor: pointer; display: flex; flex-direction: column; gap: 0.2rem; }
    li button:hover { border-color: #0072B2; }
    li button[aria-current=true] { border: 2px solid #0072B2; background: #eef6fc; }
    button:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
    .n { font-size: 0.8rem; color: #555; text-transform: uppercase; letter-spacing: 0.03em; }
    strong { font-size: 1.05rem; }
    .s { color: #333; font-size: 0.9rem; }
  `;

  declare active: number;

  constructor() {
    super();
    this.active = 0;
  }

  private open(id: number): void {
    this.dispatchEvent(new CustomEvent('lesson-open', { detail: { lesson: id, step: 1 }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<p>${t('lessons.intro')}</p>
      <ol aria-label=${t('lessons.title')}>${LESSONS.map((l) => html`<li>
        <button data-testid="lesson" data-lesson=${l.id} aria-current=${l.id === this.active ? 'true' : 'false'} @click=${() => this.open(l.id)}>
          <span class="n">${t('lessons.entry', { label: t('lesson.label', { n: l.id }), steps: t('lessons.steps', { n: l.steps.length }) })}</span>
          <strong>${t(l.title)}</strong><span class="s">${t(l.summary)}</span>
        </button></li>`)}</ol>`;
  }
}

customElements.define('lesson-list', LessonList);

declare global {
  interface HTMLElementTagNameMap { 'lesson-list': LessonList }
}
