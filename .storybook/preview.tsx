import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { cognitoLoader, withCognito } from '../stories/harness.js';
import { startWorker } from '../stories/worker.js';

void startWorker();

const preview: Preview = {
  loaders: [cognitoLoader],
  decorators: [withCognito],
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
      description: 'Colour scheme',
      toolbar: {
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
};

export default preview;
