// The package as an app gets it: `npm pack` of the built package, installed from the tarball
// into an empty app outside this repository (dependencies from the registry, peers left out:
// the size checks treat them as external). Size checks resolve imports from there, through
// the package's `exports` map, so an undeclared dependency or a missing file fails them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The consumer app's directory: one per checkout, so parallel checkouts do not share it. */
export const consumerDir = join(tmpdir(), `rcs-packed-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Packs `dist` (run the build first) and installs the tarball into a fresh consumer app. */
export function installPacked() {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  rmSync(consumerDir, { recursive: true, force: true });
  mkdirSync(consumerDir, { recursive: true });
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'packed-consumer', private: true, type: 'module' }));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', consumerDir], root));
  npm(
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--ignore-scripts', '--legacy-peer-deps', `./${filename}`],
    consumerDir,
  );
}

/** The file an app's bundler gets for `specifier` (e.g. `react-cognito-security/mfa`), via the exports map. */
export function resolvePacked(specifier) {
  return createRequire(join(consumerDir, 'package.json')).resolve(specifier);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  installPacked();
  console.log(`Installed the packed package into ${consumerDir}`);
}
