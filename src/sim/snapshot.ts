import type { World } from './world';
import { employmentAt, groupLq } from './summary';
import { locationQuotients } from './metrics/structure';

/** A plain-data picture of the latest recorded year, for the UI (crosses the worker boundary). */
export interface Snapshot {
  year: number;
  tick: number;
  firms: number;
  cities: { name: string; population: number; gdpPerCapita: number; employment: number; active: boolean; dominantGroup: number }[];
  /** Location quotients N×S of the latest year. */
  lq: Float64Array;
  /** This year's relocations, origin × destination (N×N). */
  flows: Float64Array;
}

export function snapshot(w: World): Snapshot {
  const { N, S, series } = w;
  const t = series.length - 1;
  const emp = t >= 0 ? employmentAt(w, t) : w.emp;
  const glq = groupLq(w, emp);
  return {
    year: t >= 0 ? series.year[t] : w.year,
    tick: w.tick,
    firms: w.firms.count,
    cities: w.cityNames.map((name, i) => {
      let e = 0;
      for (let s = 0; s < S; s++) e += emp[i * S + s];
      let dom = 0;
      for (let g = 1; g < 4; g++) if (glq[i * 4 + g] > glq[i * 4 + dom]) dom = g;
      return {
        name, active: w.active[i] === 1, employment: e, dominantGroup: dom,
        population: t >= 0 ? series.population[t * N + i] : 0,
        gdpPerCapita: t >= 0 ? series.gdpPerCapita[t * N + i] : 0,
      };
    }),
    lq: locationQuotients(emp, N, S),
    flows: Float64Array.from(w.flows),
  };
}
