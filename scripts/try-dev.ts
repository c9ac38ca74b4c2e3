import { resolveScenario } from '/work/main/src/scenario/resolve';
import { simulate } from '/work/main/src/sim/simulate';
const cities = [];
const names = ['Core','L1','L2','M1','M2','M3','S1','S2','S3','S4','S5','S6'];
const pops = [20, 8, 7, 4, 3.5, 3, 1.5, 1.2, 1.0, 0.9, 0.8, 0.7];
for (let i = 0; i < names.length; i++) {
  const ang = i * 2.4, r = i === 0 ? 0 : 40 + 25 * Math.sqrt(i);
  cities.push({ name: names[i], x: r * Math.cos(ang), y: r * Math.sin(ang), area: 2000 + 400 * pops[i], population: pops[i], humanCapital: i === 0 ? 0.25 : i < 3 ? 0.15 : 0.08, region: i % 2 ? 'A' : 'B' });
}
const sc = resolveScenario({ name: 't', cities, years: 60 });
const t0 = performance.now();
const w = simulate(sc, { seed: Number(process.argv[2] ?? 1) });
console.log('ms', (performance.now() - t0).toFixed(0));
const m = w.series.metrics;
for (let t = 0; t < w.series.length; t += 3) {
  console.log(w.series.year[t], 'cv', m.cv[t].toFixed(3), 'wcv', m.weightedCv[t].toFixed(3), 'firms', m.firms[t], 'innov', m.innovatingFirms[t], 'reloc', m.relocations[t], 'b', m.births[t], 'x', m.exits[t], 'cMan', m.coreShareManufacturing[t].toFixed(3), 'cInn', m.coreShareInnovation[t].toFixed(3), 'phi', m.tradeFreeness[t].toFixed(3), 'pop', m.population[t].toFixed(2), 'emp', m.employment[t].toFixed(2));
}
const N = w.N, T = w.series.length - 1;
console.log('final y', Array.from({length: N}, (_, i) => w.series.gdpPerCapita[T*N+i].toFixed(2)).join(' '));
console.log('final pop', Array.from({length: N}, (_, i) => w.series.population[T*N+i].toFixed(2)).join(' '));
console.log('iters', w.market.iterations, w.market.residual);
