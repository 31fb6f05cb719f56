// Prints one closing line, "N passed, N failed", from the JSON reports vitest wrote.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const dir = 'test-results';
let passed = 0;
let failed = 0;
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!name.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
