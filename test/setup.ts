import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setHandlerInstaller } from './handlers.js';

// findBy…/waitFor give up after 3 s, not 1 s: the suites run in parallel on a 2-core machine.
configure({ asyncUtilTimeout: 3000 });

const server = setupServer();
setHandlerInstaller((handlers) => server.use(...handlers));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
