// `npm test` after the typecheck: all vitest projects (unit in Node, components in Chromium,
// end-to-end against the built app). With SPILLOVER_TEST_REPORT set (CI), also writes vitest's
// JSON report there, from which CI prints its closing line.
import { spawnSync } from 'node:child_process';

const args = ['vitest', 'run', ...process.argv.slice(2)];
const report = process.env.SPILLOVER_TEST_REPORT;
if (report) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
const r = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
