import { simulatedBreakPoint, simulatedSustainPoint, analyticBreakPoint, analyticSustainPoint } from '../sim/tomahawk';
import { parseArgs, numberOption, checkKnown, UsageError } from './args';

export const TOMAHAWK_HELP = `spillover tomahawk --sigma S --mu M [--firms N] [--json]

The core–periphery check: runs the engine on two identical cities (one manufacturing sector,
every mechanism beyond the NEG core off, near-zero logit noise), bisects over trade freeness
φ = T^(1−σ) for the break point (a small asymmetry grows) and the sustain point (full
agglomeration persists), and prints them beside Krugman's analytic values.
  --sigma S   elasticity of substitution, > 1 (e.g. 5)
  --mu M      manufacturing spending share, below the no-black-hole bound (σ−1)/σ (e.g. 0.4)
  --firms N   firms in the two-city runs (default 10000)
  --json      print {"sigma","mu","break":{"simulated","analytic","relError"},"sustain":{…}}`;

export async function tomahawkCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['sigma', 'mu', 'firms']);
  checkKnown(options, ['sigma', 'mu', 'firms', 'json', 'help']);
  if (options.help) { console.log(TOMAHAWK_HELP); return 0; }
  if (positional.length) throw new UsageError(`tomahawk takes no positional argument (got "${positional[0]}")`);
  const sigma = numberOption(options, 'sigma', 1.01, 50);
  const mu = numberOption(options, 'mu', 0.001, 0.999);
  if (sigma === undefined || mu === undefined) throw new UsageError('tomahawk needs --sigma and --mu');
  if (mu >= (sigma - 1) / sigma) throw new UsageError(`--mu must be below (σ−1)/σ = ${((sigma - 1) / sigma).toFixed(4)} (no-black-hole condition)`);
  const firms = numberOption(options, 'firms', 100, 1_000_000, true);
  const o = firms ? { firms } : {};
  const point = (simulated: number, analytic: number) => ({ simulated, analytic, relError: (simulated - analytic) / analytic });
  const result = {
    sigma, mu,
    break: point(simulatedBreakPoint(sigma, mu, o), analyticBreakPoint(sigma, mu)),
    sustain: point(simulatedSustainPoint(sigma, mu, o), analyticSustainPoint(sigma, mu)),
  };
  if (options.json) { console.log(JSON.stringify(result, null, 2)); return 0; }
  const f = (x: number) => x.toFixed(5);
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(`core–periphery model, σ = ${sigma}, μ = ${mu} (freeness φ = T^(1−σ))`);
  console.log(`break point:   simulated ${f(result.break.simulated)}  analytic ${f(result.break.analytic)}  error ${pct(result.break.relError)}`);
  console.log(`sustain point: simulated ${f(result.sustain.simulated)}  analytic ${f(result.sustain.analytic)}  error ${pct(result.sustain.relError)}`);
  return 0;
}
