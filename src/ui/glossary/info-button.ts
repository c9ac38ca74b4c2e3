/**
 * The ⓘ button that opens the glossary at an index: placed next to every chart and readout.
 * It dispatches `glossary-open` (bubbling out of shadow roots) for the app root to handle.
 */
import { html, css } from 'lit';
import { t } from '../i18n';
import type { GlossaryTerm } from './terms';

/** Detail of the `glossary-open` event. */
export interface GlossaryOpenDetail { term: GlossaryTerm }

function open(e: Event, term: GlossaryTerm): void {
  e.stopPropagation();
  (e.currentTarget as HTMLElement).dispatchEvent(new CustomEvent<GlossaryOpenDetail>('glossary-open', { detail: { term }, bubbles: true, composed: true }));
}

/** An ⓘ button for `term`, labelled "Explain: <name>". */
export function infoButton(term: GlossaryTerm) {
  const label = t('glossary.open', { name: t(`glossary.${term}.name`) });
  return html`<button class="info" type="button" data-testid=${`info-${term}`} aria-label=${label} title=${label}
    @click=${(e: Event) => open(e, term)}>ⓘ</button>`;
}

/** Styles for the ⓘ button, to include in an element's static styles. */
export const infoButtonStyles = css`
  button.info { font: inherit; font-size: 0.95em; line-height: 1; padding: 0.05rem 0.3rem; margin: 0 0.15rem; border: 1px solid #0072B2; color: #0072B2; background: #fff; border-radius: 999px; cursor: pointer; vertical-align: baseline; }
  button.info:hover { background: #e8f2fa; }
  button.info:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
`;
