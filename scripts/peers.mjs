// CI job: the `unit` and `node` Vitest projects against the LOWEST versions the peer ranges in
// package.json promise (`npm test` runs them against the pinned ones). Each peer's lowest version
// is the lower bound of its range, so narrowing a range moves this job with it.
//
// The main node_modules stays as it is: a copy of the working tree gets a node_modules of its own
// holding only the peers at their lowest versions (and the test libraries that import them, so
// nothing sees a second React); everything else resolves from the main node_modules one level up.
// Writes a JSON report `{ passed, failed, versions, failures }` to $RCS_PEERS_REPORT (default
// .peers-report.json), which `npm test` adds to its closing line. Arguments go to Vitest
// (`npm run test:peers -- test/queries` runs only those files).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const reportPath = resolve(process.env.RCS_PEERS_REPORT ?? join(root, '.peers-report.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Peers the tests run against. The AWS SDK is optional; the SDK transport's tests
 * (test/cognito/transports.node.test.ts) use it. Its range starts at 3.708.0, the first release
 * from 3.700 on that npm has, which already has every command the transport sends. The simulator
 * decodes passkey attestations with @levischuck/tiny-cbor (optional peer of the testing entry).
 */
const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'msw', '@aws-sdk/client-cognito-identity-provider', '@levischuck/tiny-cbor'];
/** Test libraries that import a peer: installed beside it, at their pinned versions. */
const COMPANIONS = ['@testing-library/react', '@testing-library/dom', '@testing-library/user-event'];

/** The lower bound of a range written as `^x.y.z || ^…`: the version this job tests. */
function lowest(name) {
  const range = pkg.peerDependencies[name];
  const bounds = range.split('||').map((part) => /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(part));
  if (bounds.some((match) => !match)) throw new Error(`peer range of ${name} is not "^x.y.z || …": ${range}`);
  const [min] = bounds.map((match) => match.slice(1).map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return min.join('.');
}

const base = join(tmpdir(), `rcs-peers-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
const alt = join(base, 'alt');
const project = join(base, 'project');
const versions = Object.fromEntries([
  ...PEERS.map((name) => [name, lowest(name)]),
  ...COMPANIONS.map((name) => [name, pkg.devDependencies[name]]),
]);

function run() {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(alt, { recursive: true });
  // Anything the copy does not find in its own node_modules comes from the main one.
  symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'), 'dir');

  writeFileSync(join(alt, 'package.json'), JSON.stringify({ name: 'lowest-peers', private: true, dependencies: versions }, null, 2));
  console.log(`Installing the lowest peers: ${Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(' ')}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], {
    cwd: alt,
    stdio: 'inherit',
  });

  // The working tree as it is (tracked and new files), without node_modules or build output.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(project, file)), { recursive: true });
    cpSync(join(root, file), join(project, file));
  }
  // The built package too, for the tests that import it (test/bundling/server.node.test.ts and the
  // example app's end-to-end test, test/e2e/example.node.test.ts).
  if (existsSync(join(root, 'dist'))) cpSync(join(root, 'dist'), join(project, 'dist'), { recursive: true });
  symlinkSync(join(alt, 'node_modules'), join(project, 'node_modules'), 'dir');

  // Every peer, and every peer seen from the libraries that import one, is the lowest version.
  const packageDir = (fromDir, name) => {
    let dir = dirname(createRequire(join(fromDir, 'package.json')).resolve(name));
    const named = (d) => existsSync(join(d, 'package.json')) && JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name === name;
    while (!named(dir)) dir = dirname(dir);
    return dir;
  };
  const versionOf = (fromDir, name) => JSON.parse(readFileSync(join(packageDir(fromDir, name), 'package.json'), 'utf8')).version;
  for (const name of PEERS) {
    const found = versionOf(project, name);
    if (found !== versions[name]) throw new Error(`${name} resolves to ${found} in the copy, not ${versions[name]}`);
  }
  for (const name of [...COMPANIONS, 'react-dom', '@tanstack/react-query']) {
    const found = versionOf(packageDir(project, name), 'react');
    if (found !== versions.react) throw new Error(`${name} sees react ${found}, not ${versions.react}`);
  }

  const vitestReport = join(base, 'vitest.json');
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const { status } = spawnSync(
    process.execPath,
    [vitest, 'run', '--project', 'unit', '--project', 'node', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`, ...process.argv.slice(2)],
    { cwd: project, stdio: 'inherit' },
  );
  if (!existsSync(vitestReport)) throw new Error(`vitest wrote no report (exit ${status})`);
  const json = JSON.parse(readFileSync(vitestReport, 'utf8'));
  const failures = json.testResults.flatMap((file) =>
    file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${file.name.slice(project.length + 1)} › ${test.fullName}`),
  );
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return { passed: json.numPassedTests, failed, failures: status !== 0 && failures.length === 0 ? [`vitest exit ${status}`] : failures };
}

let report;
try {
  report = { versions, ...run() };
} catch (error) {
  report = { versions, passed: 0, failed: 1, failures: [`peer job: ${error instanceof Error ? error.message : String(error)}`] };
}
writeFileSync(reportPath, JSON.stringify(report, null, 2));
console.log(`\nLowest peers (${Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(', ')}): ${report.passed} passed, ${report.failed} failed`);
for (const failure of report.failures) console.log(`  ✗ ${failure}`);
if (!process.env.RCS_KEEP_PEERS) rmSync(base, { recursive: true, force: true });
process.exit(report.failed ? 1 : 0);
