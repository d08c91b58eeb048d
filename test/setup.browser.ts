import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { afterEach, beforeAll } from 'vitest';
import { setHandlerInstaller } from './handlers.js';

const worker = setupWorker();
setHandlerInstaller((handlers) => worker.use(...handlers));

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
});
afterEach(() => {
  cleanup();
  worker.resetHandlers();
});
