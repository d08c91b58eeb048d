// `npm test`: every check the project has, in order, then one closing line
// "N passed, N failed" that counts each Vitest test and each other check as one. With
// RCS_PEERS_REPORT set (.ci/run does), the lowest-peers job's tests are counted too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const checks = [
  ['typecheck', 'tsc -p tsconfig.json --noEmit'],
  ['lint', 'eslint . --max-warnings 0'],
  ['build', 'vite build --logLevel warn'],
  ['vitest (unit, node, browser, storybook)', `vitest run --reporter=default --reporter=json --outputFile.json=${report}`],
  ['size budget', 'size-limit'],
  ['publint', 'publint --strict'],
  ['attw', 'attw --pack . --profile esm-only --exclude-entrypoints ./styles.css'],
];

let passed = 0;
let failed = 0;
const failures = [];
rmSync(report, { force: true });

for (const [name, command] of checks) {
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  if (name.startsWith('vitest')) {
    if (existsSync(report)) {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      if (status !== 0 && json.numFailedTests === 0) {
        failed++;
        failures.push(`${name} (exit ${status})`);
      } else if (json.numFailedTests > 0) failures.push(`${name}: ${json.numFailedTests} failed`);
    } else {
      failed++;
      failures.push(`${name}: no report (exit ${status})`);
    }
    continue;
  }
  if (status === 0) {
    passed++;
  } else {
    failed++;
    failures.push(name);
  }
}

// The lowest-peers job (scripts/peers.mjs), which .ci/run runs first and points to here.
const peers = process.env.RCS_PEERS_REPORT;
if (peers) {
  console.log(`\n▶ unit + node projects on the lowest peers: ${peers}`);
  if (existsSync(peers)) {
    const report = JSON.parse(readFileSync(peers, 'utf8'));
    const versions = Object.entries(report.versions).map(([name, version]) => `${name}@${version}`).join(', ');
    console.log(`${report.passed} passed, ${report.failed} failed (${versions})`);
    passed += report.passed;
    failed += report.failed;
    if (report.failed) failures.push(`lowest peers: ${report.failures.join('; ')}`);
  } else {
    failed++;
    failures.push('lowest peers: no report');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
