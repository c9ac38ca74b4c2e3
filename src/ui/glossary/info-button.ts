/**
 * The (i) button that opens the glossary at an index: placed next to every chart and readout.
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

/** An (i) button for `term`, labelled "Explain: <name>". */
export function infoButton(term: GlossaryTerm) {
  const label = t('glossary.open', { name: t(`glossary.${term}.name`) });
  return html`<button class="info" type="button" data-testid=${`info-${term}`} aria-label=${label} title=${label}
    @click=${(e: Event) => open(e, term)}>i</button>`;
}

/** Styles for the (i) button, to include in an element's static styles. */
export const infoButtonStyles = css`
  button.info { font: italic 700 0.8em Georgia, 'Times New Roman', serif; width: 1.45em; height: 1.45em; line-height: 1.3em; padding: 0; margin: 0 0.2rem; border: 1.5px solid #0072B2; color: #0072B2; background: #fff; border-radius: 50%; cursor: pointer; vertical-align: middle; text-align: center; text-transform: none; letter-spacing: 0; }
  button.info:hover { background: #e8f2fa; }
  button.info:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
`;
