import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../src/styles.css';
import { withFrame } from '../stories/frame.js';
import { cognitoLoader, withCognito } from '../stories/harness.js';
import { startWorker } from '../stories/worker.js';
import { DEFAULT_THEME, THEMES } from './themes.js';

void startWorker();

// findBy… and waitFor in play functions wait for what a step does (a save, a lazily loaded
// flow) in a real browser, often on a busy machine: Testing Library's 1 s default, made for
// jsdom, is luck there. Loaded states are awaited with `untilLoaded` (stories/states.ts).
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  // A Docs page for every component and View: its TSDoc, a props table and every story.
  tags: ['autodocs'],
  loaders: [cognitoLoader],
  // The frame (language, direction, colour scheme) outside the app's providers.
  decorators: [withCognito, withFrame],
  parameters: {
    // Every axe violation fails the story's test.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Messages and text direction',
      toolbar: {
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme: the system preference, or one forced',
      toolbar: { icon: 'contrast', dynamicTitle: true, items: [...THEMES] },
    },
  },
  initialGlobals: { locale: 'en', theme: DEFAULT_THEME },
};

export default preview;
