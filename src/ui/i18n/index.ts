/**
 * The UI's message lookup. Every user-visible string lives in one catalogue (`en.ts`, flat
 * keys such as `controls.play`); `t` fills `{name}` placeholders from `params`.
 */
import { messages as en } from './en';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

let current: Catalogue = en;

/** Switches the catalogue (a locale added later must provide every key). */
export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/** The message for `key`, with `{name}` replaced by `params.name`; unknown placeholders stay. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = current[key] ?? en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
