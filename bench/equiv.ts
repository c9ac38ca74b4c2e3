/**
 * Prints the equivalence table of the reference model against bench-peers' typed and plain
 * versions, as bench-peers' equiv.mjs does (`npx tsx bench/equiv.ts [--F 10000] [--seeds 10]`).
 */
import { createReferenceModel } from './reference/model';
import { compareTrajectories } from './reference/equivalence';
import { loadLightPeers, type PeerCreate } from './peers';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const F = arg('F', 10_000), n = arg('seeds', 10), T = arg('T', 20);
const peers = await loadLightPeers();
// ":alt" = the same version with another dynamics stream on the same cities (seed + 1000)
const run = (create: PeerCreate, alt = false): number[][] =>
  Array.from({ length: n }, (_, i) => {
    const m = create({ F, seed: i + 1, dynSeed: alt ? i + 1001 : null });
    for (let t = 0; t < T; t++) m.step();
    return m.cvs;
  });
const typed = run(peers.typed);
const versions: [string, number[][]][] = [
  ['typed', typed],
  ['typed:alt', run(peers.typed, true)],
  ['plain', run(peers.plain)],
  ['spillover', run((o) => createReferenceModel(o))],
  ['spillover:alt', run((o) => createReferenceModel(o), true)],
];
const f = (x: { mean: number; sd: number }) => `${x.mean.toFixed(4)} ±${(x.sd || 0).toFixed(4)}`;
console.log(`Equivalence: F=${F}, N=50, S=8, T=${T}, seeds 1..${n}; mean ±sd over seeds; t = paired diff of the trajectory mean vs typed / its s.e.`);
const marks = compareTrajectories(typed, typed).marks;
console.log(['version'.padEnd(14), ...marks.map((t) => `CV t=${t}`.padEnd(16)), 'CV mean'.padEnd(16), 'paired diff'.padEnd(16), 't'].join(' '));
for (const [name, cvs] of versions) {
  const e = compareTrajectories(cvs, typed);
  console.log([name.padEnd(14), ...e.version.map((x) => f(x).padEnd(16)), f(e.avg).padEnd(16), f(e.diffAvg).padEnd(16), e.t.toFixed(1)].join(' '));
}
