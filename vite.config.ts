/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY } from '@storybook/addon-vitest/constants';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { STORY_TEST_RUNS } from './.storybook/themes.js';

const here = fileURLToPath(new URL('.', import.meta.url));

// Debian's Chromium, headless as root, with no background traffic on a closed network.
const chromium = () =>
  playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  });

/** Ships src/styles.css as dist/styles.css: components never import CSS themselves. */
function stylesheet(): Plugin {
  return {
    name: 'rcs-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(`${here}src/styles.css`, 'utf8') });
    },
  };
}

/**
 * Marks every built module that imports React or TanStack Query as a client module
 * (`'use client'`), so that React Server Components frameworks (Next.js App Router) render the
 * kit's components and hooks on the client. A banner, added after bundling (the bundler drops
 * module directives from sources; a banner keeps the source maps right), by one rule that cannot
 * miss a file the way hand-written directives can.
 */
const CLIENT_IMPORT = /^(react|react-dom|@tanstack\/react-query)($|\/)/;
const useClient = (chunk: { imports: string[] }) => (chunk.imports.some((specifier) => CLIENT_IMPORT.test(specifier)) ? "'use client';" : '');

// Dependencies and peers stay imports; everything under src/ is bundled.
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, string | { default: string }>;
};
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map((name) => new RegExp(`^${name}($|/)`)),
  /^node:/,
];

// One build entry per JavaScript entry of the `exports` map: ./dist/<name>.js comes from src/<name>.ts.
const entries = Object.values(pkg.exports).flatMap((target) =>
  typeof target === 'object' ? [target.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts')] : [],
);

export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['src/**/*.test.*', 'src/**/*.test-d.ts', 'src/**/*.stories.*', 'src/testing/test-helpers.ts'], tsconfigPath: './tsconfig.build.json' }), stylesheet()],
  build: {
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: entries,
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // One file per module: apps' bundlers drop whatever they do not import.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', banner: useClient },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/*.node.test.ts', '**/node_modules/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Real sockets on 127.0.0.1 (the simulator's loopback server, the AWS SDK): no MSW here.
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/**/*.node.test.ts', 'src/**/*.node.test.ts'] },
      },
      {
        extends: true,
        // Found only once test/storybook-themes.browser.test.tsx runs, these would make Vite
        // re-optimise and reload mid-run.
        optimizeDeps: { include: ['@storybook/addon-a11y/preview', '@storybook/react-vite'] },
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}', 'src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.browser.ts'],
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${here}.storybook` })],
        test: {
          name: 'storybook',
          // A story is a whole flow in a real browser, and the first of each file also waits for
          // Vite to compile what it imports, while the other colour-scheme run shares the machine.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            // One run per colour scheme, each with the globals storybookTest's `initialGlobals`
            // option would give a whole project: `--project storybook` runs them all.
            instances: STORY_TEST_RUNS.map(({ name, globals }) => ({
              browser: 'chromium' as const,
              name,
              provide: { [STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY]: globals },
            })),
          },
        },
      },
    ],
  },
});
