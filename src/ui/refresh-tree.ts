/** Asks every Lit element under `root` (through open shadow roots) to render again: used after a language switch. */
import { ReactiveElement } from 'lit';

export function refreshTree(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof ReactiveElement) el.requestUpdate();
    if (el.shadowRoot) refreshTree(el.shadowRoot);
  }
}
