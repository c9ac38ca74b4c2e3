/** Styles of the lesson panel; `:host([present])` enlarges it for a projector. */
import { css } from 'lit';

export const lessonPanelStyles = css`
  :host { display: block; border: 2px solid #0072B2; border-radius: 8px; background: #f7fbfe; padding: 0.7rem 1rem; margin: 0.6rem 0; }
  header { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 0.4rem; color: #333; font-size: 0.9em; }
  h2 { font-size: 1.25em; margin: 0.3rem 0; }
  p { margin: 0.35rem 0; }
  .watch { font-size: 1.05em; }
  fieldset { border: 1px solid #bbb; border-radius: 6px; margin: 0.4rem 0; padding: 0.4rem 0.7rem; display: flex; flex-direction: column; gap: 0.25rem; }
  .choice { display: flex; gap: 0.4rem; align-items: center; }
  button { font: inherit; padding: 0.3rem 0.7rem; border: 1px solid #555; border-radius: 4px; background: #fff; cursor: pointer; }
  button:disabled { opacity: 0.45; cursor: default; }
  button.primary { background: #0072B2; color: #fff; border-color: #0072B2; }
  fieldset button { align-self: flex-start; margin-top: 0.2rem; }
  button:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
  .feedback { border-left: 4px solid #009E73; background: #eefaf5; padding: 0.3rem 0.7rem; margin: 0.4rem 0; }
  .feedback.wrong { border-left-color: #D55E00; background: #fdf1ea; }
  .missing { background: #fff4d6; border: 1px solid #E69F00; padding: 0.3rem 0.6rem; border-radius: 4px; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
  .terms span { white-space: nowrap; margin-right: 0.5rem; }
  .keys { font-size: 0.8em; color: #555; display: none; }
  .wait { color: #555; }
  .end { font-style: italic; }
  :host([present]) { font-size: 1.45rem; }
  :host([present]) .keys { display: block; }
`;
