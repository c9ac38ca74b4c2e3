import type { World, Park } from '../sim/world';
import { countFirm } from '../sim/census';
import { buildGuide, sampleGuided, sampleCumulative } from '../sim/sample';
import { INNOVATING, MATURE } from './firm-store';
import { exp, log, MAX_EXP_ARG } from '../sim/math';
import { mathBatch } from '../sim/math-batch';

/**
 * Expected draws from a choice row from which its guide table is worth building: the table costs
 * ~2N steps and saves a binary search's ~log2 N unpredictable branches per draw, so it repays
 * itself after ~N/4 draws (6.5 at 26 cities); capped at 16 (measured at 100 and 200 cities).
 */
const guideMinDraws = (N: number): number => Math.min(16, Math.max(4, N / 4));

/**
 * Relocation by multinomial logit (McFadden 1974): each year a share of firms reviews its
 * location and picks city j among all active cities, staying included, with probability
 *
 *   P(j | s, k, o) ∝ exp(β [V_jsk − c_oj + b_js·1(j≠o)])
 *
 * V the location payoff (payoff.ts), c_oj the moving cost (fixed cost of leaving, distance,
 * and the administrative barrier when crossing regions) and b_js a relocation subsidy.
 * Firms facing the same choice (sector s, stage k, origin o) share one cumulative table, built
 * at most once a year (with a guide table when enough firms will draw from it); a firm then costs
 * one uniform draw, tested first against its own city's interval of the row (most reviews end in
 * staying), else a step or two of search. Enclave parks change the moving cost on their
 * routes for the firms they cover.
 */
export function relocateFirms(w: World): void {
  const { N, S, firms, rng, payoff, moveKernel, subsidy, flows, active } = w;
  const p = w.scenario.params.choice;
  const beta = p.logitBeta;
  flows.fill(0);
  w.relocations = 0;
  if (p.reviewShare <= 0) return;

  // exp(β(V − max V)) per (sector, stage) over destinations, [(s·2 + k)·N + j], so that a row
  // build reads it in order; and exp(β·subsidy), [s·N + j].
  const expV = w.scratch.f64('relocation.expV', S * 2 * N);
  const vmaxOf = w.scratch.f64('relocation.vmaxOf', S * 2);
  mathBatch.reserve(N);
  const { args, out: e } = mathBatch;
  for (let s = 0; s < S; s++) {
    for (let k = 0; k < 2; k++) {
      let vmax = -Infinity;
      for (let j = 0; j < N; j++) if (active[j]) vmax = Math.max(vmax, payoff[2 * (j * S + s) + k]);
      vmaxOf[s * 2 + k] = vmax;
      const ev = (s * 2 + k) * N;
      for (let j = 0; j < N; j++) args[j] = active[j] ? beta * (payoff[2 * (j * S + s) + k] - vmax) : 0;
      mathBatch.exp(N); // exp's bits (math-batch.ts)
      for (let j = 0; j < N; j++) expV[ev + j] = active[j] ? e[j] : 0;
    }
  }
  const rows = w.choiceRows;
  const built = w.choiceBuilt;
  const guide = w.choiceGuide;
  built.fill(0); // rows are rebuilt lazily each year from this year's payoffs
  const weights = w.scratch.f64('relocation.weights', N); // one row's weights (log rows, park routes)
  const minDraws = guideMinDraws(N);
  const expSubsidy = w.scratch.f64('relocation.expSubsidy', S * N);
  // A sector whose subsidy factor would overflow (β·subsidy > MAX_EXP_ARG) has its rows built in
  // logs instead, each shifted by its own largest term. Rows of a sector without subsidies skip
  // the factor (× 1 changes nothing).
  const inLogs = w.scratch.u8('relocation.inLogs', S);
  const subsidised = w.scratch.u8('relocation.subsidised', S);
  for (let j = 0; j < N; j++) {
    for (let s = 0; s < S; s++) {
      const b = subsidy[j * S + s];
      expSubsidy[s * N + j] = b !== 0 ? exp(Math.min(beta * b, MAX_EXP_ARG)) : 1;
      if (b !== 0) subsidised[s] = 1;
      if (beta * b > MAX_EXP_ARG) inLogs[s] = 1;
    }
  }
  const logRow = (s: number, k: number, o: number, base: number): number => {
    let top = -Infinity;
    for (let j = 0; j < N; j++) {
      const c = j * S + s, kernel = moveKernel[o * N + j];
      const v = active[j] && kernel > 0 ? beta * (payoff[2 * c + k] - vmaxOf[s * 2 + k]) + log(kernel) + (j === o ? 0 : beta * subsidy[c]) : -Infinity;
      weights[j] = v;
      if (v > top) top = v;
    }
    let acc = 0;
    for (let j = 0; j < N; j++) { acc += weights[j] > -Infinity ? exp(weights[j] - top) : 0; rows[base + j] = acc; }
    return acc;
  };

  /** Builds row r = (s·2 + k)·N + o (origin o's choice for sector s, stage k) at base r·N, once a year. */
  const buildRow = (s: number, k: number, o: number, r: number, base: number): void => {
    let acc = 0;
    const ev = (s * 2 + k) * N, kr = o * N;
    if (inLogs[s]) acc = logRow(s, k, o, base);
    else if (!subsidised[s]) {
      for (let j = 0; j < N; j++) { acc += expV[ev + j] * moveKernel[kr + j]; rows[base + j] = acc; }
    } else {
      const sb = s * N;
      for (let j = 0; j < N; j++) {
        acc += expV[ev + j] * moveKernel[kr + j] * (j === o ? 1 : expSubsidy[sb + j]);
        rows[base + j] = acc;
      }
    }
    // A guide table (O(N) to build) repays itself after ~minDraws draws; rows that expect
    // fewer reviews are searched (built[r] = 2). Either way the draw's answer is the same.
    const expected = p.reviewShare * w.firmCount[2 * (o * S + s) + k];
    if (acc > 0 && expected >= minDraws) { buildGuide(rows, base, N, guide, base, N); built[r] = 1; } else built[r] = 2;
  };

  const { sector, city, stage, origin } = firms;
  const everyone = p.reviewShare >= 1;
  const skipper = rng.skipper(log(1 - Math.min(p.reviewShare, 1 - 1e-12)));
  const parks = w.parks;
  let relocations = 0;
  for (let f = everyone ? 0 : skipper.skip(); f < firms.count; f += 1 + (everyone ? 0 : skipper.skip())) {
    const s = sector[f], k = stage[f], o = city[f];
    const r = (s * 2 + k) * N + o, base = r * N;
    if (!built[r]) buildRow(s, k, o, r, base);
    let dest: number;
    const bonus = parks.length ? parkBonus(parks, s, k, o, origin[f]) : -1;
    if (bonus < 0) {
      // A row whose weights all underflowed (every move prohibitively costly): the firm stays.
      const total = rows[base + N - 1];
      dest = o;
      if (total > 0) {
        // Most reviews end in staying (~80%): test the origin's own interval of the row first.
        // The answer is the sampler's either way (the smallest j with rows[j] > uniform · total).
        const uniform = rng.uniform(), x = uniform * total;
        const stays = x < rows[base + o] && (o === 0 || rows[base + o - 1] <= x);
        if (!stays) dest = built[r] === 1 ? sampleGuided(rows, base, N, guide, base, N, uniform) : sampleCumulative(rows, base, N, x);
      }
    } else {
      // A park route: copy the shared row as weights and raise the park destination.
      let prev = 0;
      for (let j = 0; j < N; j++) { weights[j] = rows[base + j] - prev; prev = rows[base + j]; }
      weights[bonus] *= exp(beta * parkReduction(parks, s, k, o, origin[f]));
      let total = 0;
      for (let j = 0; j < N; j++) total += weights[j];
      let u = rng.uniform() * total;
      dest = o;
      if (total > 0) for (let j = 0; j < N; j++) { u -= weights[j]; if (u < 0) { dest = j; break; } }
    }
    if (dest !== o) {
      countFirm(w, o, s, k, firms.zr[f], -1);
      countFirm(w, dest, s, k, firms.zr[f], 1);
      city[f] = dest;
      flows[o * N + dest]++;
      relocations++;
    }
  }
  w.relocations = relocations;
}

/**
 * The destination a park favours for this firm, or −1. Forward: firms in the investing city
 * `from` move production to the host `to`. Reverse: the host's own innovating firms incubate in
 * `from`, and once mature return home to produce.
 */
export function parkBonus(parks: Park[], s: number, k: number, o: number, born: number): number {
  for (const pk of parks) {
    if (!pk.sectors[s]) continue;
    if (pk.direction !== 'reverse' && o === pk.from) return pk.to;
    if (pk.direction !== 'forward' && born === pk.to) {
      if (k === INNOVATING && o === pk.to) return pk.from;
      if (k === MATURE && o === pk.from) return pk.to;
    }
  }
  return -1;
}

function parkReduction(parks: Park[], s: number, k: number, o: number, born: number): number {
  for (const pk of parks) {
    if (!pk.sectors[s]) continue;
    if (pk.direction !== 'reverse' && o === pk.from) return pk.costReduction;
    if (pk.direction !== 'forward' && born === pk.to && ((k === INNOVATING && o === pk.to) || (k === MATURE && o === pk.from))) return pk.costReduction;
  }
  return 0;
}
