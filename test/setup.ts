import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setHandlerInstaller } from './handlers.js';

// findBy…/waitFor give up after 3 s, not 1 s: the suites run in parallel on a 2-core machine.
configure({ asyncUtilTimeout: 3000 });

const server = setupServer();
setHandlerInstaller((handlers) => server.use(...handlers));

// An unhandled request fails the test: MSW 3 calls the option onUnhandledFrame, MSW 2 (the lowest
// peer, run by scripts/peers.mjs) onUnhandledRequest; each ignores the other's.
const strict = { onUnhandledFrame: 'error', onUnhandledRequest: 'error' } as const;
beforeAll(() => server.listen(strict));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
