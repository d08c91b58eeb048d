import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';

// Plugins of vite.config.ts that only matter for the library build.
const BUILD_ONLY = /^(unplugin-dts|vite:dts|rcs-stylesheet)$/;

function keep(plugin: PluginOption): boolean {
  return !(plugin && typeof plugin === 'object' && 'name' in plugin && BUILD_ONLY.test(plugin.name));
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../src/**/*.stories.@(ts|tsx)', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  typescript: {
    // The TypeScript checker, not react-docgen's parser: props come through `extends`, `Omit<…>`
    // and imported types (SettingsViewProps, UseTotpSetupOptions) with their TSDoc.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      include: ['src/components/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // React's own props (key, ref, DOM attributes) are not the kit's API.
      propFilter: (prop) => !prop.parent?.fileName.includes('/node_modules/'),
    },
  },
  // Serves public/mockServiceWorker.js, the MSW worker that answers as Cognito.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: (viteConfig.plugins ?? []).flat().filter(keep),
    // Found only once the stories run, these would make Vite re-optimise and reload mid-run.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), '@tanstack/react-query', '@testing-library/react', 'msw', 'msw/browser'],
    },
  }),
};

export default config;
