import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf, type CognitoStoryParameters } from './harness.js';

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

/**
 * How long a story may take to load its data. The first load of a story in a cold Chromium
 * (Vite compiling modules on demand, the MSW worker starting) on a busy machine takes seconds.
 */
const LOAD_TIMEOUT = 10_000;

type PlayContext = Pick<StoryContext, 'canvas'>;
type LoadContext = Pick<StoryContext, 'canvasElement' | 'loaded'>;

/**
 * Waits until the story has loaded what it shows: every query of its QueryClient has an answer
 * (data or error) and nothing on the canvas is `aria-busy`. A play function calls this before it
 * checks a loaded state, including states that look the same while loading (a hidden picker,
 * "turn on two or more methods").
 */
export async function untilLoaded({ canvasElement, loaded }: LoadContext): Promise<void> {
  const { queryClient } = cognitoOf({ loaded });
  // Plain checks rather than `expect`: each retry would otherwise be logged as an interaction.
  await waitFor(
    () => {
      const queries = queryClient.getQueryCache().getAll();
      // The components create their queries on the first render: none means not rendered yet.
      if (queries.length === 0) throw new Error('Nothing has asked for data yet.');
      const waiting = queries.filter(({ state }) => state.status === 'pending' || state.fetchStatus !== 'idle');
      if (waiting.length) throw new Error(`Still loading: ${waiting.map((query) => query.queryHash).join(', ')}`);
      if (canvasElement.querySelector('[aria-busy="true"]')) throw new Error('Still aria-busy.');
    },
    { timeout: LOAD_TIMEOUT },
  );
}

export async function expectLoading({ canvas }: PlayContext) {
  await expect(await canvas.findByText('Loading…')).toBeVisible();
}

export async function expectLoadError({ canvas }: PlayContext) {
  await expect(await canvas.findByText(/Could not load your security settings/, {}, { timeout: LOAD_TIMEOUT })).toBeVisible();
}

export async function expectSessionExpired({ canvas }: PlayContext) {
  await expect(await canvas.findByText('Your session has expired. Sign in again.', {}, { timeout: LOAD_TIMEOUT })).toBeVisible();
}

/** Waits until a live region (`status` polite, `alert` assertive) on the page holds `text`. */
export async function expectAnnounced({ canvas }: PlayContext, role: 'status' | 'alert', text: string) {
  const spoken = () => canvas.getAllByRole(role).map((region) => region.textContent);
  await waitFor(() => expect(spoken().join('\n')).toContain(text));
}
