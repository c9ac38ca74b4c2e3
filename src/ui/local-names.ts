/**
 * City and sector names of a run in the chosen language (`nameZh` from the scenario when
 * Chinese is chosen). Memoized per run and language so views get the same arrays between frames.
 */
import { locale, localName, t, type MessageKey } from './i18n';
import type { RunMeta } from '../sim/worker-api';

type CityRow = RunMeta['cities'][number];

const cityCache = new WeakMap<RunMeta, { lang: string; cities: CityRow[] }>();
const sectorCache = new WeakMap<RunMeta, { lang: string; sectors: RunMeta['sectors'] }>();

/** A shipped scenario's name in the chosen language (its id when the catalogue has none). */
export function scenarioLabel(name: string): string {
  const key = `scenarioName.${name}` as MessageKey;
  const text = t(key);
  return text === key ? name : text;
}

/** The Chinese name of a city of the run, from its scenario (cities and newCity events). */
export function cityNameZh(meta: RunMeta, name: string): string | undefined {
  const sc = meta.scenario;
  return sc.cities.find((c) => c.name === name)?.nameZh
    ?? sc.events.flatMap((e) => (e.type === 'newCity' && e.city.name === name && e.city.nameZh ? [e.city.nameZh] : []))[0];
}

/** The run's cities with `name` in the chosen language. */
export function localCities(meta: RunMeta): CityRow[] {
  const lang = locale();
  const hit = cityCache.get(meta);
  if (hit?.lang === lang) return hit.cities;
  const cities = meta.cities.map((c) => {
    const zh = cityNameZh(meta, c.name);
    return { ...c, name: localName(zh ? { name: c.name, nameZh: zh } : c) };
  });
  cityCache.set(meta, { lang, cities });
  return cities;
}

/** The run's sectors with `name` in the chosen language. */
export function localSectors(meta: RunMeta): RunMeta['sectors'] {
  const lang = locale();
  const hit = sectorCache.get(meta);
  if (hit?.lang === lang) return hit.sectors;
  const sectors = meta.sectors.map((s) => {
    const zh = meta.scenario.sectors.find((x) => x.id === s.id)?.nameZh;
    return { ...s, name: localName(zh ? { name: s.name, nameZh: zh } : s) };
  });
  sectorCache.set(meta, { lang, sectors });
  return sectors;
}
