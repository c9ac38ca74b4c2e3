/** Layout of the app root: two main views side by side from a laptop screen up, stacked when narrow. */
import { css } from 'lit';
import { infoButtonStyles } from './glossary/info-button';

export const appStyles = [infoButtonStyles, css`
  :host { display: block; max-width: 1500px; margin: 0 auto; padding: 0.5rem 1rem 2rem; color: #111; font-family: system-ui, sans-serif; }
  header { display: flex; justify-content: space-between; align-items: flex-start; gap: 0.6rem 1rem; flex-wrap: wrap; }
  header h1 { margin: 0; font-size: 1.5rem; }
  .tools { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
  .tools select, .tools button { font: inherit; padding: 0.25rem 0.5rem; }
  :host([present]) { max-width: none; font-size: 1.3rem; }
  :host([present]) header p, :host([present]) [role=tablist], :host([present]) [role=tabpanel] { display: none; }
  :host([present]) h2 { font-size: 1.4rem; }
  header p { margin: 0.1rem 0 0.6rem; color: #444; }
  h2 { font-size: 1.05rem; margin: 0 0 0.4rem; }
  .main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; margin-top: 0.8rem; }
  .card { border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem 0.8rem; background: #fff; min-width: 0; }
  .banner { background: #fff4d6; border: 1px solid #E69F00; padding: 0.4rem 0.6rem; border-radius: 4px; margin: 0.4rem 0; }
  .error { background: #fdecee; border: 1px solid #b00020; padding: 0.6rem; border-radius: 6px; margin: 0.6rem 0; }
  .error pre { white-space: pre-wrap; }
  [role=tablist] { display: flex; gap: 0.3rem; margin: 1rem 0 0; border-bottom: 2px solid #0072B2; flex-wrap: wrap; }
  [role=tab] { font: inherit; padding: 0.4rem 0.9rem; border: 1px solid #bbb; border-bottom: none; border-radius: 6px 6px 0 0; background: #f3f3f3; cursor: pointer; }
  [role=tab][aria-selected=true] { background: #0072B2; color: #fff; border-color: #0072B2; }
  [role=tabpanel] { border: 1px solid #ddd; border-top: none; padding: 0.8rem; background: #fff; }
  .structure { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 1rem; }
  .export { display: flex; flex-direction: column; gap: 0.6rem; align-items: flex-start; }
  .export input { width: min(60rem, 90vw); font: inherit; }
  button { font: inherit; }
  button:focus-visible, [role=tab]:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
  code { overflow-wrap: anywhere; }
  @media (max-width: 900px) {
    .main { grid-template-columns: minmax(0, 1fr); }
    .structure { grid-template-columns: minmax(0, 1fr); }
  }
`];
