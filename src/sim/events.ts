import type { ScenarioEvent } from '../scenario/types';
import type { World } from './world';
import { log } from './math';

/** Index of a city by name (events are validated, so the name exists). */
export function cityIndex(w: World, name: string): number {
  const i = w.cityNames.indexOf(name);
  if (i < 0) throw new Error(`unknown city "${name}"`);
  return i;
}

function sectorIndex(w: World, id: string): number {
  const s = w.scenario.sectors.findIndex((x) => x.id === id);
  if (s < 0) throw new Error(`unknown sector "${id}"`);
  return s;
}

function sectorMask(w: World, ids: string[] | undefined, defaultGroups: string[]): Uint8Array {
  const mask = new Uint8Array(w.S);
  w.scenario.sectors.forEach((sec, s) => {
    mask[s] = ids ? (ids.includes(sec.id) ? 1 : 0) : (defaultGroups.includes(sec.group) ? 1 : 0);
  });
  return mask;
}

/**
 * Applies the policy events dated this year, then the ones that run over several years
 * (education programmes, shocks). Events change parameters and costs only; what follows
 * is up to the firms.
 */
export function applyEvents(w: World): void {
  for (const e of w.scenario.events) if (e.year === w.year) applyEvent(w, e);
  for (const ed of w.education) {
    if (w.year <= ed.until) w.humanCapital[ed.city] = Math.min(0.95, w.humanCapital[ed.city] + ed.perYear);
  }
  w.share.set(w.baseShare);
  w.lnProductivityShock.fill(0);
  for (const sh of w.shocks) {
    if (w.year < sh.from || w.year >= sh.to) continue;
    w.share[sh.sector] *= 1 - sh.demand;
    w.lnProductivityShock[sh.sector] += log(1 - sh.productivity);
  }
}

export function applyEvent(w: World, e: ScenarioEvent): void {
  const { N, S } = w;
  switch (e.type) {
    case 'transport': {
      // A corridor: every pair of the named cities gets the lower travel cost.
      const ids = e.cities.map((c) => cityIndex(w, c));
      for (const a of ids) for (const b of ids) if (a !== b) w.travelKm[a * N + b] *= e.factor;
      w.costsDirty = true;
      break;
    }
    case 'education': {
      for (const c of e.cities) {
        w.education.push({ city: cityIndex(w, c), perYear: e.increase / Math.max(1, e.years), until: e.year + Math.max(1, e.years) - 1 });
      }
      break;
    }
    case 'barrier':
      w.barrier = e.level;
      w.costsDirty = true;
      break;
    case 'landCap': {
      const i = cityIndex(w, e.city);
      if (e.landFactor !== undefined) w.land[i] = w.buildable[i] * e.landFactor;
      if (e.sector !== undefined && e.maxShare !== undefined) w.sectorCap[i * S + sectorIndex(w, e.sector)] = e.maxShare;
      break;
    }
    case 'subsidy': {
      const i = cityIndex(w, e.city);
      w.scenario.sectors.forEach((sec, s) => {
        if (!e.sectors || e.sectors.includes(sec.id)) w.subsidy[i * S + s] += e.amount;
      });
      break;
    }
    case 'enclavePark':
      w.parks.push({
        from: cityIndex(w, e.from), to: cityIndex(w, e.to), direction: e.direction,
        sectors: sectorMask(w, e.sectors, e.direction === 'reverse' ? ['innovation', 'manufacturing'] : ['manufacturing']),
        costReduction: e.costReduction, outputShare: e.outputShare,
      });
      break;
    case 'shock':
      w.shocks.push({
        sector: sectorIndex(w, e.sector), demand: e.demand ?? 0, productivity: e.productivity ?? 0,
        from: e.year, to: e.year + (e.duration ?? 3),
      });
      break;
    case 'newCity': {
      const i = cityIndex(w, e.city.name);
      w.active[i] = 1;
      w.local[i] = e.city.population;
      break;
    }
  }
}
