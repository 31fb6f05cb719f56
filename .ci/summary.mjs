// Prints one closing line, "N passed, N failed", from the JSON reports vitest wrote.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const dir = 'test-results';
let passed = 0;
let failed = 0;
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!name.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that failed before any of its tests ran (an import error) counts once.
  for (const file of report.testResults ?? []) {
    const results = file.assertionResults ?? [];
    if (file.status === 'failed' && !results.some((r) => r.status === 'failed')) failed += 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
