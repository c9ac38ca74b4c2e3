/** Both catalogues, and the switch between them (kept apart from `t` so tests can load one alone). */
import { messages as en } from './en';
import { messages as zh } from './zh';
import { setLocale, type Catalogue, type Locale } from './index';

export const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

/** Activates `lang` (and remembers it unless `remember` is false). */
export function useLocale(lang: Locale, remember = true): void {
  setLocale(lang, CATALOGUES[lang], remember);
}
