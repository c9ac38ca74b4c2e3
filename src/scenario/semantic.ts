import { DEFAULT_PARAMS, DEFAULT_SECTORS } from './defaults';
import { resolveSectors, type SectorInput } from './resolve';
import { closest, pathOf } from './json-path';
import { projectKm } from '../sim/geography';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Most cities a scenario may hold, counting the ones its newCity events create. */
export const MAX_CITIES = 500;

interface CityRef { name: string; path: Path; year: number | null; creator: number | null }

/**
 * The rules of a scenario that its JSON Schema cannot state, as "path: reason" lines. Works on
 * raw, possibly malformed input (skips what it cannot read; the schema reports that).
 */
export function semanticProblems(raw: unknown, eventTypes: string[]): string[] {
  if (!isObj(raw)) return [];
  const out: string[] = [];
  const add = (path: Path, msg: string) => out.push(`${pathOf(path)}: ${msg}`);
  const events = list(raw.events);

  // Every city, the initial ones and those newCity events create.
  const cities: CityRef[] = [];
  const cityObjs: { c: Obj; path: Path }[] = [];
  list(raw.cities).forEach((c, i) => {
    if (!isObj(c)) return;
    cityObjs.push({ c, path: ['cities', i] });
    if (typeof c.name === 'string') cities.push({ name: c.name, path: ['cities', i, 'name'], year: null, creator: null });
  });
  events.forEach((e, k) => {
    if (!isObj(e) || e.type !== 'newCity' || !isObj(e.city)) return;
    cityObjs.push({ c: e.city, path: ['events', k, 'city'] });
    if (typeof e.city.name === 'string') {
      cities.push({ name: e.city.name, path: ['events', k, 'city', 'name'], year: isInt(e.year) ? e.year : null, creator: k });
    }
  });
  const created = events.filter((e) => isObj(e) && e.type === 'newCity').length;
  if (Array.isArray(raw.cities) && raw.cities.length <= MAX_CITIES && raw.cities.length + created > MAX_CITIES) {
    add(['cities'], `at most ${MAX_CITIES} cities allowed (limit), got ${raw.cities.length + created} counting newCity events`);
  }
  duplicates(cities.map((c) => [c.name, c.path]), 'city name', add);
  positions(cityObjs, add);

  // Sectors: the file's, or the built-in ones.
  const sectorList = raw.sectors === undefined ? DEFAULT_SECTORS : Array.isArray(raw.sectors) ? raw.sectors : null;
  const sectorIds = sectorList ? sectorList.flatMap((s) => (isObj(s) && typeof s.id === 'string' ? [s.id] : [])) : null;
  if (Array.isArray(raw.sectors)) {
    duplicates(raw.sectors.flatMap((s, i) => (isObj(s) && typeof s.id === 'string' ? [[s.id, ['sectors', i, 'id']] as [string, Path]] : [])), 'sector id', add);
  }
  spendingBudget(raw, add);

  // Events: horizon, references, combinations.
  const start = raw.startYear === undefined ? 1990 : raw.startYear;
  const years = raw.years === undefined ? 50 : raw.years;
  const horizon = isInt(start) && isInt(years) && years > 0 ? [start, start + years - 1] : null;
  events.forEach((e, k) => {
    if (!isObj(e) || typeof e.type !== 'string' || !eventTypes.includes(e.type)) return;
    const at = (...p: Path): Path => ['events', k, ...p];
    if (horizon && isInt(e.year) && (e.year < horizon[0] || e.year > horizon[1])) {
      add(at('year'), `${e.year} is outside the horizon ${horizon[0]}–${horizon[1]}`);
    }
    const city = (v: unknown, path: Path) => {
      if (typeof v !== 'string') return;
      const ref = cities.find((c) => c.name === v);
      if (!ref) {
        const near = closest(v, cities.map((c) => c.name));
        add(path, `unknown city ${JSON.stringify(v)}${near ? ` (did you mean "${near}"?)` : ''}`);
      } else if (ref.creator !== null && ref.creator !== k && ref.year !== null && isInt(e.year) && e.year < ref.year) {
        add(path, `city ${JSON.stringify(v)} does not exist before ${ref.year} (events[${ref.creator}] creates it)`);
      }
    };
    const sector = (v: unknown, path: Path) => {
      if (typeof v !== 'string' || !sectorIds || sectorIds.includes(v)) return;
      add(path, `unknown sector ${JSON.stringify(v)} (sectors: ${sectorIds.join(', ')})`);
    };
    if (Array.isArray(e.cities)) e.cities.forEach((c, i) => city(c, at('cities', i)));
    if (e.type !== 'newCity') city(e.city, at('city'));
    city(e.from, at('from'));
    city(e.to, at('to'));
    sector(e.sector, at('sector'));
    if (Array.isArray(e.sectors)) e.sectors.forEach((s, i) => sector(s, at('sectors', i)));
    if (e.type === 'enclavePark' && typeof e.from === 'string' && e.from === e.to) {
      add(at('to'), `must differ from "from" (both ${JSON.stringify(e.from)})`);
    }
    if (e.type === 'landCap') {
      if (e.sector !== undefined && e.maxShare === undefined) add(at('maxShare'), 'required with sector');
      else if (e.maxShare !== undefined && e.sector === undefined) add(at('sector'), 'required with maxShare');
      else if (e.landFactor === undefined && e.sector === undefined) add(at(), 'landCap needs landFactor, or sector with maxShare');
    }
    if (e.type === 'shock' && !(typeof e.demand === 'number' && e.demand > 0) && !(typeof e.productivity === 'number' && e.productivity > 0)) {
      add(at(), 'shock needs demand or productivity above 0');
    }
  });
  return out;
}

function duplicates(items: [string, Path][], what: string, add: (p: Path, m: string) => void): void {
  const first = new Map<string, Path>();
  for (const [name, path] of items) {
    const prev = first.get(name);
    if (prev) add(path, `duplicate ${what} ${JSON.stringify(name)} (also ${pathOf(prev.slice(0, -1))})`);
    else first.set(name, path);
  }
}

/** Cities closer than this are one place (distance-weighted indices need distinct places). */
export const MIN_DISTANCE_KM = 1;

/** Each city gives lat+lon or x+y, not both, every city uses the same system, and no two share a place. */
function positions(cities: { c: Obj; path: Path }[], add: (p: Path, m: string) => void): void {
  let system: { kind: string; path: Path } | null = null;
  const placed: { path: Path; km: (o: Obj) => number; c: Obj }[] = [];
  for (const { c, path } of cities) {
    const geo = c.lat !== undefined || c.lon !== undefined;
    const plane = c.x !== undefined || c.y !== undefined;
    if (geo && plane) { add(path, 'give the position as lat and lon, or as x and y, not both'); continue; }
    if (!geo && !plane) { add(path, 'position missing: give lat and lon, or x and y'); continue; }
    if (geo && (c.lat === undefined || c.lon === undefined)) { add([...path, c.lat === undefined ? 'lat' : 'lon'], 'required with ' + (c.lat === undefined ? 'lon' : 'lat')); continue; }
    if (plane && (c.x === undefined || c.y === undefined)) { add([...path, c.x === undefined ? 'x' : 'y'], 'required with ' + (c.x === undefined ? 'y' : 'x')); continue; }
    const kind = geo ? 'lat/lon' : 'x/y';
    if (!system) system = { kind, path };
    else if (system.kind !== kind) { add(path, `position given as ${kind} but ${pathOf(system.path)} uses ${system.kind}; use one system for every city`); continue; }
    const num = (v: unknown) => (typeof v === 'number' ? v : NaN);
    const km = geo
      ? (o: Obj) => { // the same local projection the engine uses, centred on city c
        const q = projectKm(num(o.lat), num(o.lon), num(c.lat), num(c.lon));
        return Math.sqrt(q.x * q.x + q.y * q.y);
      }
      : (o: Obj) => { const dx = num(c.x) - num(o.x), dy = num(c.y) - num(o.y); return Math.sqrt(dx * dx + dy * dy); };
    const near = placed.find((q) => km(q.c) < MIN_DISTANCE_KM);
    if (near) add(path, `less than ${MIN_DISTANCE_KM} km from ${pathOf(near.path)}: cities must be distinct places`);
    placed.push({ path, km, c });
  }
}

/** Σ μ_s + μ_H must stay below 1: the rest of spending buys the traditional good. */
function spendingBudget(raw: Obj, add: (p: Path, m: string) => void): void {
  const params = isObj(raw.params) ? raw.params : {};
  const housing = params.housingShare === undefined ? DEFAULT_PARAMS.housingShare : params.housingShare;
  if (typeof housing !== 'number') return;
  const input = raw.sectors === undefined ? undefined : list(raw.sectors);
  if (input && !input.every((s) => isObj(s) && typeof s.id === 'string')) return;
  const shares = resolveSectors(input as SectorInput[] | undefined).map((s) => s.share as unknown);
  if (!shares.every((s) => typeof s === 'number' && Number.isFinite(s))) return;
  const total = (shares as number[]).reduce((a, b) => a + b, 0);
  if (total >= 1 - housing) {
    const r = (x: number) => +x.toFixed(4);
    add([input ? 'sectors' : 'params'].concat(input ? [] : ['housingShare']),
      `spending shares sum to ${r(total)} ≥ 1 − housingShare = ${r(1 - housing)}: no room left for the traditional good`);
  }
}
