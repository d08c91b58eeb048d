// The rules that keep every bundler's output small (README, "Size"), checked on the source's
// module graph as a bundler sees it (type-only imports erased). esbuild gives every module that
// a page-load entry reaches statically AND a lazy chunk needs to the page's chunk, even when the
// page never uses it; rolldown and webpack tree-shake it away. So the lazy boundary must hold in
// the graph itself, not just in what an app happens to use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  exports: Record<string, string | { default: string }>;
};

/** Each JavaScript entry of the exports map with its source file (as vite.config.ts builds it). */
const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'object' ? [{ subpath, source: target.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts') }] : [],
);

let inputs: Metafile['inputs'];

/** Modules reachable from `start` through static imports and re-exports. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !(file in inputs)) return;
    seen.add(file);
    for (const { path, kind } of inputs[file]?.imports ?? []) if (kind === 'import-statement') visit(path);
  };
  visit(start);
  return seen;
}

/** Modules that some module of `modules` loads with `import()`. */
function lazyTargets(modules: Iterable<string>): Set<string> {
  const targets = new Set<string>();
  for (const file of modules) {
    for (const { path, kind } of inputs[file]?.imports ?? []) if (kind === 'dynamic-import') targets.add(path);
  }
  return targets;
}

beforeAll(async () => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries.map(({ source }) => source),
    bundle: true,
    splitting: true,
    format: 'esm',
    packages: 'external',
    jsx: 'automatic',
    outdir: 'dist-graph',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  inputs = result.metafile.inputs;
});

describe('package entries and lazy boundaries', () => {
  it('finds the entries and at least one lazy flow', () => {
    expect(entries.map(({ subpath }) => subpath)).toEqual(expect.arrayContaining(['.', './mfa', './totp-setup']));
    expect(lazyTargets(Object.keys(inputs)).size).toBeGreaterThan(0);
  });

  it('the root entry (headless) reaches no component that loads code lazily', () => {
    const lazy = [...lazyTargets(staticClosure('src/index.ts'))];
    expect(lazy, 'src/index.ts reaches an import(); move what holds it to a section entry').toEqual([]);
  });

  it.each(entries)('$subpath never reaches statically what it loads lazily', ({ source }) => {
    const closure = staticClosure(source);
    const leaked = [...lazyTargets(closure)].filter((target) => closure.has(target));
    expect(leaked, `${source} imports these statically and with import(): give them their own entry`).toEqual([]);
  });

  it('a lazily loaded module is reachable statically only from its own entry, which exports it', () => {
    const lazy = lazyTargets(Object.keys(inputs));
    const reach = entries.flatMap(({ source }) => {
      const own = new Set(inputs[source]?.imports.map(({ path }) => path));
      return [...staticClosure(source)].filter((file) => lazy.has(file) && !own.has(file)).map((file) => `${source} → ${file}`);
    });
    expect(reach, 'these entries reach a lazy flow through another module').toEqual([]);
  });
});
