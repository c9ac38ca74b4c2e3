// Prints the closing line CI reads, "tests: N passed, N failed", from vitest's JSON report,
// and exits non-zero when anything failed (or nothing ran).
import { existsSync, readFileSync } from 'node:fs';

const [report, rc] = process.argv.slice(2);
if (!existsSync(report)) {
  console.log('tests: 0 passed, 1 failed');
  console.error(`no test report at ${report} (typecheck failed or vitest did not run)`);
  process.exit(1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
const passed = r.numPassedTests;
// A suite (file) fails on its own only when it could not run its tests (an import or setup error).
const failed = r.numFailedTests > 0 ? r.numFailedTests : (r.numFailedTestSuites ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 || rc !== '0' ? 1 : 0);
