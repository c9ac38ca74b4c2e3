/** The judge's formatting in the chosen language (Intl numbers, localized names). */
import { t, fmt, fmtYear, fmtPercent, localName, type MessageKey } from '../i18n';
import type { Format } from './judge';

export function localFormat(): Format {
  return {
    num: (v, digits = 3) => fmt(v, digits),
    year: (v) => fmtYear(v),
    pct: (v) => fmtPercent(v, 1),
    none: t('readout.peakNone'),
    name: (item) => localName(item),
    figure: (id) => t(`figure.${id}` as MessageKey),
    scenario: (name) => t(`scenarioName.${name}` as MessageKey),
  };
}
