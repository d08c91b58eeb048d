import { setupWorker } from 'msw/browser';

/** The one MSW worker of the Storybook page; each story installs its own simulator's handlers. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/** Starts the worker once; later calls wait for the same start. */
export function startWorker(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return started;
}
