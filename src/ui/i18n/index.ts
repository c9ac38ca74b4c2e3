/**
 * The UI's message lookup. Every user-visible string lives in one catalogue per language
 * (`en.ts`, `zh.ts`: flat keys such as `controls.play`); `t` fills `{name}` placeholders from
 * `params`. The chosen language is remembered in localStorage.
 */
import { messages as en } from './en';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/** Languages offered by the switch. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags handed to Intl. */
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };
const LANG_KEY = 'spillover.lang';

let current: Catalogue = en;
let currentLocale: Locale = 'en';

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

/** The language in use. */
export function locale(): Locale {
  return currentLocale;
}

/** The Intl tag of the language in use (e.g. for `toLocaleString`). */
export function intlTag(): string {
  return INTL_TAG[currentLocale];
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** Activates a language with its catalogue, and remembers it (unless `remember` is false). */
export function setLocale(lang: Locale, catalogue: Catalogue, remember = true): void {
  currentLocale = lang;
  current = catalogue;
  numberFormats.clear();
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  if (!remember) return;
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* storage disabled: not remembered */ }
}

/** The remembered language, else the browser's preference (Chinese or English). */
export function preferredLocale(): Locale {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isLocale(saved)) return saved;
  } catch { /* storage disabled */ }
  return typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language ?? '') ? 'zh' : 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `digits` decimals in the current locale (NaN → '—'). */
export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const key = `f${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[currentLocale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** A calendar year in the current locale (no thousands separator). */
export function fmtYear(year: number): string {
  if (!Number.isFinite(year)) return '—';
  let f = numberFormats.get('year');
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[currentLocale], { useGrouping: false, maximumFractionDigits: 0 });
    numberFormats.set('year', f);
  }
  return f.format(year);
}

/** A share as a percentage in the current locale. */
export function fmtPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(INTL_TAG[currentLocale], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A name in the current language: `nameZh` when Chinese is chosen and the data has one. */
export function localName(item: { name: string; nameZh?: string }): string {
  return currentLocale === 'zh' && item.nameZh ? item.nameZh : item.name;
}
