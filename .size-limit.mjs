// Size budgets, checked in `npm test` on the PACKED package (scripts/packed.mjs: `npm pack`,
// installed into an app outside the repo) under the three bundlers apps use: rolldown (Vite),
// esbuild and webpack 5. Minified, brotli, peers external. Each entry is one check per bundler,
// and one budget holds for all three (README, "Size").
//
// A new section or lazy flow appends entries: what an app imports, by package specifier (the
// `exports` map resolves it, as in an app), and `loads`:
//   'page' — what the browser loads before the user does anything: the entry chunk and the
//            chunks it imports statically; whatever loads with `import()` stays out;
//   'all'  — after the user opened every lazy flow those imports reach: every chunk.
// A section with lazy flows gets both; the two figures differ by what its flows load on demand.
import { relative } from 'node:path';
import { installPacked, resolvePacked } from './scripts/packed.mjs';

const kit = 'react-cognito-security';
const withProvider = (entry, names) => ({
  [kit]: '{ CognitoSecurityProvider, createFetchTransport }',
  [`${kit}/${entry}`]: names,
});
const mfaPage = {
  [kit]: '{ CognitoSecurityProvider, createFetchTransport, useMfaSettings }',
  [`${kit}/mfa`]: '{ MfaToggleList, PreferredMfaPicker, FactorBadges }',
};

/** @type {{ name: string, import?: Record<string, string>, loads?: 'page' | 'all', file?: string, limit: string }[]} */
const entries = [
  {
    name: 'headless: provider, the four hooks, fetch transport',
    import: { [kit]: '{ CognitoSecurityProvider, createFetchTransport, useCognitoUser, useAuthFactors, useSetMfaPreference, useMfaSettings }' },
    loads: 'page',
    // 5.5 → 5.6 kB: the registry's sign-in operations (InitiateAuth, RespondToAuthChallenge) cost 30 B.
    limit: '5.6 kB',
  },
  { name: 'MFA components on page load (their flows load on "Set up" and "Add")', import: mfaPage, loads: 'page', limit: '11 kB' },
  {
    name: 'MFA components after every flow (+ TotpSetup with its QR encoder, + the contact flow)',
    import: mfaPage,
    loads: 'all',
    limit: '23 kB',
  },
  {
    name: 'MFA components + TotpSetup imported directly',
    import: { ...mfaPage, [`${kit}/totp-setup`]: '{ TotpSetup }' },
    loads: 'page',
    limit: '17 kB',
  },
  {
    name: 'ContactDetails on page load (the add/change/verify flow loads on the first action)',
    import: withProvider('contacts', '{ ContactDetails }'),
    loads: 'page',
    limit: '9 kB',
  },
  {
    name: 'ContactDetails after an action (+ the contact flow: form, code entry, removal)',
    import: withProvider('contacts', '{ ContactDetails }'),
    loads: 'all',
    limit: '15 kB',
  },
  {
    name: 'PasskeyList on page load (the add-a-passkey flow loads on "Add a passkey")',
    import: withProvider('passkeys', '{ PasskeyList }'),
    loads: 'page',
    limit: '10 kB',
  },
  {
    name: 'PasskeyList after "Add a passkey" (+ the WebAuthn ceremony and its flow)',
    import: withProvider('passkeys', '{ PasskeyList }'),
    loads: 'all',
    limit: '12 kB',
  },
  {
    name: 'DeviceList on page load (with provider and fetch transport)',
    import: withProvider('devices', '{ DeviceList }'),
    loads: 'page',
    limit: '9.5 kB',
  },
  {
    name: 'SignOutEverywhere (with provider and fetch transport)',
    import: withProvider('devices', '{ SignOutEverywhere }'),
    loads: 'page',
    limit: '6.5 kB',
  },
  {
    name: 'ChangePasswordForm (with provider and fetch transport)',
    import: withProvider('account', '{ ChangePasswordForm }'),
    loads: 'page',
    limit: '8.5 kB',
  },
  {
    name: 'DeleteAccount (with provider and fetch transport)',
    import: withProvider('account', '{ DeleteAccount }'),
    loads: 'page',
    limit: '6.5 kB',
  },
  {
    name: 'AccountSecurity on page load (each section loads as it renders)',
    import: withProvider('account-security', '{ AccountSecurity }'),
    loads: 'page',
    limit: '15.5 kB',
  },
  {
    name: 'AccountSecurity with every section and flow loaded',
    import: withProvider('account-security', '{ AccountSecurity }'),
    loads: 'all',
    limit: '50 kB',
  },
  { name: 'styles.css', file: `${kit}/styles.css`, limit: '2.75 kB' },
];

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
