import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { expect, it, vi } from 'vitest';
import type { TotpSetupProps } from '../TotpSetup/TotpSetup.js';
import { InlineTotpSetup } from './InlineTotpSetup.js';

// The flow's code is split off and loaded on demand: here, that load fails (a deploy, a lost connection).
const Unloadable = lazy<(props: TotpSetupProps) => null>(() =>
  Promise.reject(new Error('Failed to fetch dynamically imported module')),
);

it('says it is loading while the flow loads, and explains instead of crashing when it cannot load', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<InlineTotpSetup flow={Unloadable} onCancel={() => undefined} />);
  expect(screen.getByRole('status')).toHaveTextContent('Loading…');

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Could not load your security settings. Could not connect. Check your connection and try again.',
  );
});
