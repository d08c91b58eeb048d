// Size budgets, checked in `npm test` on the PACKED package (scripts/packed.mjs: `npm pack`,
// installed into an app outside the repo) under the three bundlers apps use: rolldown (Vite),
// esbuild and webpack 5. Minified, brotli, peers external. Each entry is one check per bundler,
// and one budget holds for all three (README, "Size").
//
// The entries and their budgets are in scripts/size-entries.mjs.
import { relative } from 'node:path';
import { installPacked, resolvePacked } from './scripts/packed.mjs';
import { entries } from './scripts/size-entries.mjs';

const plugins = {
  rolldown: '@size-limit/rolldown',
  esbuild: '@size-limit/esbuild',
  webpack: '@size-limit/webpack',
};
const others = (bundler) => Object.values(plugins).filter((name) => name !== plugins[bundler]);

/** esbuild: the chunks a page loads at first are the entry's and those it imports statically. */
const esbuildPageLoad = {
  name: 'page-load',
  setup(build) {
    build.onEnd(({ metafile }) => {
      if (!metafile) return;
      const { outputs } = metafile;
      const keep = new Set();
      const visit = (file) => {
        if (keep.has(file) || !outputs[file]) return;
        keep.add(file);
        for (const { path, kind } of outputs[file].imports) if (kind === 'import-statement') visit(path);
      };
      const entryPoints = new Set(build.initialOptions.entryPoints.map((file) => relative(process.cwd(), file)));
      for (const [file, output] of Object.entries(outputs)) if (entryPoints.has(output.entryPoint)) visit(file);
      // An entry that matched no output would leave nothing to measure, and a budget that always holds.
      if (keep.size === 0) throw new Error(`page-load: no esbuild output belongs to ${[...entryPoints].join(', ')}`);
      for (const file of Object.keys(outputs)) if (!keep.has(file)) Reflect.deleteProperty(outputs, file);
    });
  },
};

/** webpack: counts the lazily loaded chunks too, as files of the entry point. */
const webpackAllChunks = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('all-chunks', (compilation) => {
      compilation.hooks.afterSeal.tap('all-chunks', () => {
        for (const entrypoint of compilation.entrypoints.values()) {
          const [first] = entrypoint.chunks;
          for (const chunk of compilation.chunks) for (const file of chunk.files) first.files.add(file);
        }
      });
    });
  },
};

// Each bundler as an app that lazy-loads code configures it (ESM, code splitting, production),
// and which outputs count: for 'page', the entry chunk and the chunks it imports statically.
const bundlerOptions = {
  rolldown: (loads) => (loads === 'page' ? { entry: ['index'] } : {}),
  esbuild: (loads) => ({
    modifyEsbuildConfig: (config) => ({
      ...config,
      format: 'esm',
      splitting: true,
      plugins: loads === 'page' ? [esbuildPageLoad] : [],
    }),
  }),
  webpack: (loads) => ({
    modifyWebpackConfig: (config) => ({
      ...config,
      mode: 'production',
      plugins: [...config.plugins, ...(loads === 'all' ? [webpackAllChunks] : [])],
    }),
  }),
};

installPacked();

export default entries.flatMap(({ name, import: imports, loads = 'page', file, limit }) => {
  if (file) return [{ name, path: resolvePacked(file), limit, disablePlugins: Object.values(plugins) }];
  const resolved = Object.fromEntries(Object.entries(imports ?? {}).map(([specifier, names]) => [resolvePacked(specifier), names]));
  return Object.keys(plugins).map((bundler) => ({
    name: `${name} [${bundler}]`,
    // `path` only names the check's files; `import` replaces them with its generated entry.
    path: Object.keys(resolved)[0],
    import: resolved,
    limit,
    disablePlugins: others(bundler),
    ...bundlerOptions[bundler](loads),
  }));
});
