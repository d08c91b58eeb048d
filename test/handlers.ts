import type { RequestHandler } from 'msw';

// Unit tests (jsdom) serve the simulator through msw/node, browser tests through a
// service worker; each setup file says how, and the fixture stays the same.
let install: ((handlers: RequestHandler[]) => void) | undefined;

export function setHandlerInstaller(installer: (handlers: RequestHandler[]) => void): void {
  install = installer;
}

export function installHandlers(handlers: RequestHandler[]): void {
  if (!install) throw new Error('No MSW server or worker is running: add the test setup file.');
  install(handlers);
}
