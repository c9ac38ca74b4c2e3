/**
 * The glossary: for the chosen index, a plain-language explanation, its formula in MathML and a
 * worked example on the current run's latest year. Opened by the ⓘ buttons; a side sheet that
 * closes with its button or Escape. Data in as properties; intent (`glossary-close`,
 * `glossary-open`) out as events.
 */
import { LitElement, html, css, nothing } from 'lit';
import { t, fmt, fmtYear, fmtPercent, localName, type MessageKey } from './i18n';
import { GLOSSARY_TERMS, type GlossaryTerm } from './glossary/terms';
import { FORMULAS } from './glossary/formulas';
import { workedExample, type ExplainInputs, type ExampleValue } from './glossary/examples';

/** A worked-example value as text in the current language. */
export function formatValue(v: ExampleValue): string {
  if ('num' in v) return fmt(v.num, v.digits ?? 3);
  if ('pct' in v) return fmtPercent(v.pct, 1);
  if ('year' in v) return fmtYear(v.year);
  if ('item' in v) return localName(v.item);
  return v.text;
}

export class GlossaryPanel extends LitElement {
  static override properties = {
    term: { attribute: false },
    inputs: { attribute: false },
  };

  static override styles = css`
    :host { display: block; position: fixed; top: 0; right: 0; bottom: 0; width: min(34rem, 100vw); background: #fff; border-left: 2px solid #0072B2;
      box-shadow: -4px 0 16px rgba(0,0,0,0.15); z-index: 20; overflow-y: auto; padding: 0.8rem 1rem 2rem; box-sizing: border-box; font-size: var(--glossary-font, 1rem); }
    header { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
    h2 { font-size: 1.2em; margin: 0; }
    h3 { font-size: 1em; margin: 0.8rem 0 0.2rem; }
    nav { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.6rem 0; }
    nav button { font: inherit; font-size: 0.85em; padding: 0.15rem 0.45rem; border: 1px solid #bbb; border-radius: 4px; background: #f5f5f5; cursor: pointer; }
    nav button[aria-current=true] { background: #0072B2; color: #fff; border-color: #0072B2; }
    button:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
    .close { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid #555; border-radius: 4px; background: #fff; cursor: pointer; }
    math { font-size: 1.15em; margin: 0.4rem 0; overflow-x: auto; max-width: 100%; }
    .example { background: #f4f8fb; border-left: 3px solid #56B4E9; padding: 0.4rem 0.6rem; }
    .example p { margin: 0.2rem 0; }
    .source { color: #555; font-size: 0.85em; }
  `;

  declare term: GlossaryTerm;
  declare inputs: ExplainInputs | null;

  constructor() {
    super();
    this.term = 'cv';
    this.inputs = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.close();
  };

  private close(): void {
    this.dispatchEvent(new CustomEvent('glossary-close', { bubbles: true, composed: true }));
  }

  private pick(term: GlossaryTerm): void {
    this.dispatchEvent(new CustomEvent('glossary-open', { detail: { term }, bubbles: true, composed: true }));
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  private example() {
    if (!this.inputs) return html`<p>${t('glossary.example.noRun')}</p>`;
    return workedExample(this.term, this.inputs).map((line) => {
      const params = Object.fromEntries(Object.entries(line.params).map(([k, v]) => [k, formatValue(v)]));
      return html`<p>${t(line.key, params)}</p>`;
    });
  }

  override render() {
    const term = this.term;
    const key = (part: string) => `glossary.${term}.${part}` as MessageKey;
    return html`
      <aside role="dialog" aria-modal="false" aria-labelledby="glossary-h" data-testid="glossary" data-term=${term}>
        <header><h2 id="glossary-h">${t('glossary.title')}</h2>
          <button class="close" data-testid="glossary-close" @click=${() => this.close()}>${t('glossary.close')}</button></header>
        <nav aria-label=${t('glossary.all')}>${GLOSSARY_TERMS.map((g) => html`<button aria-current=${g === term ? 'true' : 'false'}
          data-testid=${`glossary-${g}`} @click=${() => this.pick(g)}>${t(`glossary.${g}.name`)}</button>`)}</nav>
        <h3 data-testid="glossary-name">${t(key('name'))}</h3>
        <p data-testid="glossary-plain">${t(key('plain'))}</p>
        <h3>${t('glossary.formula')}</h3>
        ${FORMULAS[term]}
        <h3>${t('glossary.example')}</h3>
        <div class="example" data-testid="glossary-example">${this.example()}</div>
        <p class="source">${t('glossary.source', { source: t(key('source')) })}</p>
        ${nothing}
      </aside>`;
  }
}

customElements.define('glossary-panel', GlossaryPanel);

declare global {
  interface HTMLElementTagNameMap { 'glossary-panel': GlossaryPanel }
}
