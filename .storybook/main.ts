import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

// Plugins of vite.config.ts that only matter for the library build.
const BUILD_ONLY = /^(unplugin-dts|vite:dts|rcs-stylesheet)$/;

function keep(plugin: PluginOption): boolean {
  return !(plugin && typeof plugin === 'object' && 'name' in plugin && BUILD_ONLY.test(plugin.name));
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.@(ts|tsx)', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
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
