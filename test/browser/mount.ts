import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];
afterEach(() => { mounted.splice(0).forEach((el) => el.remove()); });

/** Creates an element with the given properties and attaches it to the page until the test ends. */
export function mount<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** The element inside an element's shadow root. */
export const q = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
