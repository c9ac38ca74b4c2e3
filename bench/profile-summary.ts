/**
 * Summarises a V8 .cpuprofile: time inside each function called by `step` (inclusive: the
 * tick's phases), and the functions with the most self time.
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const top = Number(process.argv[3] ?? 15);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const inclusive = (n: Node): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + inclusive(byId.get(c)!), 0);
const name = (n: Node): string => `${n.callFrame.functionName || '(anonymous)'} (${n.callFrame.url.split('/').slice(-2).join('/')})`;
const pct = (t: number): string => `${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms`;

const phases = new Map<string, number>();
let stepTotal = 0;
for (const n of prof.nodes) {
  if (n.callFrame.functionName !== 'step' || !n.callFrame.url.endsWith('sim/step.ts')) continue;
  stepTotal += inclusive(n);
  phases.set('step (own code, incl. inlined callees)', (phases.get('step (own code, incl. inlined callees)') ?? 0) + (self.get(n.id) ?? 0));
  for (const c of n.children ?? []) {
    const cn = byId.get(c)!;
    phases.set(name(cn), (phases.get(name(cn)) ?? 0) + inclusive(cn));
  }
}
console.log(`step(): ${pct(stepTotal)} of the profile; by callee (inclusive):`);
for (const [k, t] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(t)}  ${k}`);
const selfBy = new Map<string, number>();
for (const n of prof.nodes) selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + (self.get(n.id) ?? 0));
console.log(`\nTop ${top} functions by self time:`);
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
