import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, sessionExpired } from '../../../stories/states.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { signOutEverywhereAr } from './messages/ar.js';
import { SignOutEverywhere } from './SignOutEverywhere.js';
import { SignOutEverywhereView } from './SignOutEverywhereView.js';

const meta = {
  title: 'Components/SignOutEverywhere',
  component: SignOutEverywhere,
} satisfies Meta<typeof SignOutEverywhere>;

export default meta;
type Story = StoryObj<typeof meta>;

const globalSignOuts = (context: Parameters<typeof cognitoOf>[0]) =>
  cognitoOf(context).sim.calls.filter((call) => call.operation === 'GlobalSignOut');

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Sign out everywhere' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out everywhere…' })).toBeVisible();
  },
};

/** The confirmation says what it does, what other apps may still accept, and what it cannot do. */
export const Confirming: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out everywhere…' }));
    await waitFor(() => expect(canvas.getByText('Sign out everywhere?')).toHaveFocus());
    await expect(canvas.getByText(/for up to an hour/)).toBeVisible();
    await expect(canvas.getByText(/does not show or end single sessions/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Sign out everywhere…' })).toHaveFocus());
    await expect(globalSignOuts({ loaded })).toHaveLength(0);
  },
};

/** Signed out: the tokens are revoked and the section says so (the provider called onSessionExpired). */
export const SignedOut: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out everywhere…' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }));
    const done = await canvas.findByText('You have been signed out everywhere.');
    await waitFor(() => expect(done).toHaveFocus());
    await expect(globalSignOuts({ loaded })).toHaveLength(1);
  },
};

/** Cognito throttles (after the transport's two retries): the user stays signed in, with the reason. */
export const Throttled: Story = {
  parameters: cognito({ setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('GlobalSignOut', { code: 'LimitExceededException' })) }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out everywhere…' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are still signed in. Too many attempts. Wait a few minutes, then try again.');
  },
};

export const NetworkError: Story = {
  parameters: cognito({ setup: (sim) => sim.failNext('GlobalSignOut', 'network') }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out everywhere…' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are still signed in. Could not reach the server.');
  },
};

/** The session had already ended (the tokens were revoked elsewhere): the section says to sign in again. */
export const SessionAlreadyEnded: Story = {
  parameters: sessionExpired,
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out everywhere…' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has already ended. Sign in again.');
    await expect(canvas.queryByText('You have been signed out everywhere.')).toBeNull();
    await expect(globalSignOuts({ loaded })).toHaveLength(1);
  },
};

/** The view on its own while GlobalSignOut is on its way. */
export const ViewSigningOut: Story = {
  render: () => (
    <SignOutEverywhereView
      flow={{ step: 'signing-out', isPending: true, error: null, signOutEverywhere: () => undefined, reset: () => undefined }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Signing out…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  },
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: () => (
    <SecurityMessagesProvider messages={signOutEverywhereAr}>
      <SignOutEverywhere />
    </SecurityMessagesProvider>
  ),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'تسجيل الخروج من كل مكان…' }));
    await expect(canvas.getByText('تسجيل الخروج من كل مكان؟')).toBeVisible();
  },
};
