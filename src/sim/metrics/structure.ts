import { log } from '../math';
/**
 * Industrial structure of the cluster from an employment (or output) matrix.
 *
 * Matrices are row-major Float64Arrays of N cities × S sectors: `emp[i * S + k]` is the
 * employment of sector k in city i. Entries must be finite and non-negative. Functions that
 * take `out` write into it when given (length N×S, N or S as stated) and return it, so the
 * engine can reuse buffers every tick. Pure functions, no random numbers.
 */

/**
 * Cap returned by {@link jacobsDiversity} when a city's sector mix equals the cluster's
 * (Σ_k (s_ik − s_k)² = 0, so the inverse would be infinite). Keeps recorded columns finite.
 */
export const JACOBS_DIVERSITY_CAP = 1e6;

function vec(out: Float64Array | undefined, len: number, name: string): Float64Array {
  if (out === undefined) return new Float64Array(len);
  if (out.length < len) throw new RangeError(`${name}: out has length ${out.length}, needs ${len}`);
  return out;
}

/** Row total of city i. */
function rowTotal(emp: ArrayLike<number>, i: number, S: number): number {
  let e = 0;
  const o = i * S;
  for (let k = 0; k < S; k++) e += emp[o + k];
  return e;
}

/** Column totals E_k over all cities, into `colTot` (length S); returns the grand total E. */
function columnTotals(emp: ArrayLike<number>, N: number, S: number, colTot: Float64Array): number {
  colTot.fill(0);
  let E = 0;
  for (let i = 0; i < N; i++) {
    const o = i * S;
    let e = 0;
    for (let k = 0; k < S; k++) {
      colTot[k] += emp[o + k];
      e += emp[o + k];
    }
    E += e;
  }
  return E;
}

/**
 * Location quotients, N×S row-major:
 *
 *   LQ_ik = (e_ik / e_i) / (E_k / E),
 *
 * e_i = employment of city i, E_k = cluster employment of sector k, E = cluster employment.
 * LQ > 1: the city is relatively specialised in the sector. Dimensionless, ≥ 0.
 * A city with zero employment, or a sector with zero cluster employment, gets LQ 0.
 * Allocates one Float64Array of length S (column totals), plus `out` if not given.
 *
 * Standard regional-science definition; see Isard, W. (1960). Methods of Regional Analysis. MIT Press.
 */
export function locationQuotients(emp: ArrayLike<number>, N: number, S: number, out?: Float64Array): Float64Array {
  const lq = vec(out, N * S, 'locationQuotients');
  const Ek = new Float64Array(S);
  const E = columnTotals(emp, N, S, Ek);
  for (let i = 0; i < N; i++) {
    const o = i * S;
    const ei = rowTotal(emp, i, S);
    for (let k = 0; k < S; k++) {
      lq[o + k] = ei > 0 && Ek[k] > 0 ? emp[o + k] / ei / (Ek[k] / E) : 0;
    }
  }
  return lq;
}

/**
 * "Diversity index" as used by the source documents: the sum of a city's location quotients,
 *
 *   D_i = Σ_k LQ_ik.
 *
 * Reported because the sources use it, but it is NOT monotone in diversity: a city fully
 * specialised in a sector with cluster share s_k scores 1/s_k, which can exceed S (the score
 * of a city whose mix equals the cluster's). Read it beside {@link jacobsDiversity}.
 *
 * @param lq location quotients from {@link locationQuotients}, N×S row-major.
 * @returns Float64Array of length N.
 */
export function diversityIndex(lq: ArrayLike<number>, N: number, S: number, out?: Float64Array): Float64Array {
  const d = vec(out, N, 'diversityIndex');
  for (let i = 0; i < N; i++) d[i] = rowTotal(lq, i, S);
  return d;
}

/**
 * Jacobs diversity as the inverse RELATIVE Herfindahl–Hirschman index, with the whole
 * cluster as the reference:
 *
 *   RD_i = 1 / Σ_k (s_ik − s_k)²,   s_ik = e_ik / e_i,   s_k = E_k / E.
 *
 * Larger = the city's sector mix is closer to the cluster's (more diversified relative to it).
 * The result is capped at {@link JACOBS_DIVERSITY_CAP} = 1e6, which is what a city whose mix
 * equals the cluster's exactly (sum 0) gets. A city with zero employment gets 0.
 * Allocates one Float64Array of length S, plus `out` if not given.
 *
 * Duranton, G. & Puga, D. (2000). Diversity and specialisation in cities: why, where and
 * when does it matter? Urban Studies 37(3), 533–555.
 *
 * @returns Float64Array of length N.
 */
export function jacobsDiversity(emp: ArrayLike<number>, N: number, S: number, out?: Float64Array): Float64Array {
  const rd = vec(out, N, 'jacobsDiversity');
  const Ek = new Float64Array(S);
  const E = columnTotals(emp, N, S, Ek);
  for (let i = 0; i < N; i++) {
    const o = i * S;
    const ei = rowTotal(emp, i, S);
    if (!(ei > 0)) {
      rd[i] = 0;
      continue;
    }
    let h = 0;
    for (let k = 0; k < S; k++) {
      const d = emp[o + k] / ei - Ek[k] / E;
      h += d * d;
    }
    rd[i] = h > 0 ? Math.min(1 / h, JACOBS_DIVERSITY_CAP) : JACOBS_DIVERSITY_CAP;
  }
  return rd;
}

/**
 * Krugman specialisation index of each city against the REST of the cluster:
 *
 *   K_i = Σ_k | s_ik − s_k^(−i) |,   s_ik = e_ik / e_i,   s_k^(−i) = (E_k − e_ik) / (E − e_i).
 *
 * Range [0, 2]: 0 = same mix as the rest of the cluster, 2 = no sector in common.
 * A city with zero employment, or a city that is the whole cluster (rest empty), gets 0.
 * Allocates one Float64Array of length S, plus `out` if not given.
 *
 * Krugman, P. (1991). Geography and Trade. MIT Press.
 *
 * @returns Float64Array of length N.
 */
export function krugmanSpecialization(emp: ArrayLike<number>, N: number, S: number, out?: Float64Array): Float64Array {
  const ks = vec(out, N, 'krugmanSpecialization');
  const Ek = new Float64Array(S);
  const E = columnTotals(emp, N, S, Ek);
  for (let i = 0; i < N; i++) {
    const o = i * S;
    const ei = rowTotal(emp, i, S);
    const rest = E - ei;
    if (!(ei > 0) || !(rest > 0)) {
      ks[i] = 0;
      continue;
    }
    let s = 0;
    for (let k = 0; k < S; k++) s += Math.abs(emp[o + k] / ei - (Ek[k] - emp[o + k]) / rest);
    ks[i] = s;
  }
  return ks;
}

/**
 * Share of each sector's cluster total held by the core city:
 *
 *   C_k = e_{core,k} / E_k   (0 when E_k = 0).
 *
 * Works for employment and for output matrices alike. Range [0, 1].
 *
 * @param core index of the core city, 0 ≤ core < N.
 * @returns Float64Array of length S.
 */
export function coreShare(emp: ArrayLike<number>, N: number, S: number, core: number, out?: Float64Array): Float64Array {
  if (!Number.isInteger(core) || core < 0 || core >= N) throw new RangeError(`coreShare: core ${core} not in [0, ${N})`);
  const c = vec(out, S, 'coreShare');
  for (let k = 0; k < S; k++) {
    let Ek = 0;
    for (let i = 0; i < N; i++) Ek += emp[i * S + k];
    c[k] = Ek > 0 ? emp[core * S + k] / Ek : 0;
  }
  return c;
}

/**
 * Zipf exponent ζ of the city-size distribution, estimated by OLS of ln(rank − 1/2) on
 * ln(size) (the Gabaix–Ibragimov correction of the log-rank regression):
 *
 *   ln(r_i − 1/2) = a − ζ ln(size_i),   ranks r = 1 for the largest city,
 *
 * returned as ζ = −slope, positive for a usual hierarchy (ζ = 1 is Zipf's law; larger ζ =
 * more even sizes). Standard error (not returned): ζ·sqrt(2/n).
 * Cities with size ≤ 0 (or NaN) are ignored. Returns 0 (not NaN) when fewer than 2 cities
 * remain or when all remaining sizes are equal. Allocates one Float64Array (sorted copy).
 *
 * Gabaix, X. & Ibragimov, R. (2011). Rank − 1/2: a simple way to improve the OLS estimation
 * of tail exponents. Journal of Business & Economic Statistics 29(1), 24–39.
 */
export function rankSizeSlope(sizes: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < sizes.length; i++) if (sizes[i] > 0) n++;
  if (n < 2) return 0;
  const v = new Float64Array(n);
  for (let i = 0, j = 0; i < sizes.length; i++) if (sizes[i] > 0) v[j++] = sizes[i];
  v.sort(); // ascending: rank of v[j] is n − j

  let mx = 0;
  let my = 0;
  for (let j = 0; j < n; j++) {
    mx += log(v[j]);
    my += log(n - j - 0.5);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let j = 0; j < n; j++) {
    const dx = log(v[j]) - mx;
    sxy += dx * (log(n - j - 0.5) - my);
    sxx += dx * dx;
  }
  return sxx > 0 ? -sxy / sxx : 0;
}
