import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { CognitoStoryParameters } from './harness.js';

/** Story parameters for the simulated pool, typed. */
export const cognito = (parameters: CognitoStoryParameters) => ({ cognito: parameters });

/** GetUser never answers while the story runs. */
export const loading = cognito({ setup: (sim) => sim.setLatency('GetUser', 60_000) });

/** GetUser fails on every attempt the transport makes. */
export const loadError = cognito({
  setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('GetUser', { code: 'InternalErrorException' })),
});

/** The user signed out everywhere: every token is revoked. */
export const sessionExpired = cognito({ setup: (sim, user) => sim.revokeTokens(user.username) });

/** The user has every factor on (the authenticator app with a verified token). */
export const allFactors = { enabledMfa: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'] } as const;

type PlayContext = Pick<StoryContext, 'canvas'>;

export async function expectLoading({ canvas }: PlayContext) {
  await expect(await canvas.findByText('Loading…')).toBeVisible();
}

export async function expectLoadError({ canvas }: PlayContext) {
  await waitFor(() => expect(canvas.getByText(/Could not load your security settings/)).toBeVisible(), { timeout: 3000 });
}

export async function expectSessionExpired({ canvas }: PlayContext) {
  await expect(await canvas.findByText('Your session has expired. Sign in again.')).toBeVisible();
}

/** Waits until a live region (`status` polite, `alert` assertive) on the page holds `text`. */
export async function expectAnnounced({ canvas }: PlayContext, role: 'status' | 'alert', text: string) {
  const spoken = () => canvas.getAllByRole(role).map((region) => region.textContent);
  await waitFor(() => expect(spoken().join('\n')).toContain(text), { timeout: 4000 });
}
