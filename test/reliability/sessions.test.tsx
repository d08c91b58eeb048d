/** Sessions and isolation at render level: token expiry and revocation, switching users, token hygiene, old pools. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchTransport } from '../../src/cognito/transport.js';
import { en, FactorBadges, MfaToggleList, PreferredMfaPicker } from '../../src/mfa.js';
import { useMfaSettings } from '../../src/queries/hooks.js';
import { CognitoSecurityProvider } from '../../src/queries/provider.js';
import {
  createCognitoSimulator,
  createSimulatorHandlers,
  type CognitoSimulator,
  type SimulatedUser,
} from '../../src/testing/index.js';
import { installHandlers } from '../handlers.js';
import { createReliabilityFixture, sleep } from './fixture.js';

const callsOf = (sim: { calls: readonly { operation: string }[] }, operation: string) =>
  sim.calls.filter((call) => call.operation === operation).length;

function Settings() {
  return (
    <>
      <MfaToggleList />
      <PreferredMfaPicker />
      <FactorBadges />
    </>
  );
}

afterEach(() => vi.restoreAllMocks());

/**
 * Token callbacks like an app's: the current token, and a refresh that issues a new one.
 * `expireRefreshed` makes every refreshed token expired at once (a broken clock, say).
 */
function refreshingTokens(
  { sim, user }: { sim: CognitoSimulator; user: SimulatedUser },
  { onRefresh, expireRefreshed = false }: { onRefresh: () => void; expireRefreshed?: boolean },
) {
  let token = user.accessToken;
  return {
    getAccessToken: () => token,
    refreshAccessToken: () => {
      onRefresh();
      token = sim.issueToken(user.username);
      if (expireRefreshed) sim.expireToken(token);
    },
  };
}

describe('an expired access token', () => {
  it('is refreshed once and the request replayed once, and the user never sees an error', async () => {
    const refresh = vi.fn();
    const onSessionExpired = vi.fn();
    const fixture = createReliabilityFixture({
      user: { username: 'ada', attributes: { phone_number: '+15555550123' }, enabledMfa: ['SMS_MFA'] },
      provider: (session) => ({ onSessionExpired, ...refreshingTokens(session, { onRefresh: refresh }) }),
    });
    render(<Settings />, { wrapper: fixture.wrapper });
    const sms = await screen.findByRole('switch', { name: en['factor.SMS_MFA'] });
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));
    fixture.sim.resetCalls();

    fixture.sim.expireToken(fixture.user.accessToken);
    fireEvent.click(sms);
    await waitFor(() => expect(fixture.sim.getUserState('ada').enabledMfa).toEqual([]));
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fixture.sim.calls.filter((c) => c.operation === 'SetUserMFAPreference').map((c) => c.errorCode ?? 'ok')).toEqual([
      'NotAuthorizedException',
      'ok',
    ]);
    expect(sms).not.toBeChecked();
    expect(screen.queryAllByRole('alert').map((alert) => alert.textContent).join('')).not.toMatch(/session|Not saved/i);
    expect(screen.getAllByRole('status').map((status) => status.textContent).join('')).toContain(en.turnedOff(en['factor.SMS_MFA']));
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('ends the session when the refreshed token is expired too (second expiry in a row)', async () => {
    const refresh = vi.fn();
    const onSessionExpired = vi.fn();
    const fixture = createReliabilityFixture({
      provider: (session) => {
        session.sim.expireToken(session.user.accessToken);
        return { onSessionExpired, ...refreshingTokens(session, { onRefresh: refresh, expireRefreshed: true }) };
      },
    });
    render(<Settings />, { wrapper: fixture.wrapper });
    expect(await screen.findAllByText(en['error.session-expired'])).not.toHaveLength(0);
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    // GetUser and GetUserAuthFactors met the same expiry: they share one refresh; never a loop.
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(callsOf(fixture.sim, 'GetUser')).toBe(2);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });
});

describe('a revoked token or a failed refresh', () => {
  it('calls onSessionExpired once, clears this user’s cache and shows the session-expired state', async () => {
    const onSessionExpired = vi.fn();
    const fixture = createReliabilityFixture({
      user: { username: 'ada', attributes: { phone_number: '+15555550123' }, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
      provider: () => ({ onSessionExpired }),
    });
    render(<Settings />, { wrapper: fixture.wrapper });
    const sms = await screen.findByRole('switch', { name: en['factor.SMS_MFA'] });
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));

    fixture.sim.revokeTokens('ada');
    fireEvent.click(sms);
    expect(await screen.findAllByText(en['error.session-expired'])).not.toHaveLength(0);
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));

    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByText(en['factor.SMS_MFA'])).not.toBeInTheDocument();
    const cached = fixture.queryClient
      .getQueryCache()
      .findAll({ queryKey: ['react-cognito-security', fixture.user.sub] })
      .map((query) => query.state.data)
      .filter((data) => data !== undefined && !(typeof data === 'object' && data !== null && 'totpVerified' in data));
    expect(cached).toEqual([]);
    expect(fixture.sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' });
  });

  it('calls onSessionExpired once when the refresh itself is rejected', async () => {
    const onSessionExpired = vi.fn();
    const fixture = createReliabilityFixture({
      provider: ({ sim, user }) => {
        sim.expireToken(user.accessToken);
        return { onSessionExpired, refreshAccessToken: () => Promise.reject(new Error('Refresh Token has been revoked')) };
      },
    });
    render(<Settings />, { wrapper: fixture.wrapper });
    expect(await screen.findAllByText(en['error.session-expired'])).not.toHaveLength(0);
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });
});

describe('switching to another user in the same QueryClient', () => {
  it('never renders the first user’s data for the second, not even for one commit', async () => {
    const sim = createCognitoSimulator();
    const ada = sim.addUser({ username: 'ada', attributes: { phone_number: '+15555550111', email: 'ada@example.com' }, enabledMfa: ['SMS_MFA'] });
    const bob = sim.addUser({ username: 'bob', attributes: { phone_number: '+15555550999', email: 'bob@example.org' }, enabledMfa: ['EMAIL_OTP'] });
    installHandlers(createSimulatorHandlers(sim));
    sim.setLatency('*', 20);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
    const transport = createFetchTransport({ region: 'us-east-1', retry: false });
    const commits: Array<{ as: string; username: string | undefined; text: string }> = [];

    function Probe({ as }: { as: string }) {
      const settings = useMfaSettings();
      useLayoutEffect(() => {
        commits.push({ as, username: settings.user?.username, text: document.body.textContent });
      });
      return null;
    }
    const page = (user: typeof ada, as: string) => (
      <QueryClientProvider client={queryClient}>
        <CognitoSecurityProvider userId={user.sub} transport={transport} getAccessToken={() => user.accessToken}>
          <Probe as={as} />
          <Settings />
        </CognitoSecurityProvider>
      </QueryClientProvider>
    );

    const view = render(page(ada, 'ada'));
    await screen.findByText(/0111/);
    view.rerender(page(bob, 'bob'));
    await screen.findByText(/0999/);
    await act(() => sleep(60));

    const asBob = commits.filter((commit) => commit.as === 'bob');
    expect(asBob.length).toBeGreaterThan(0);
    for (const commit of asBob) {
      expect(commit.username === undefined || commit.username === 'bob').toBe(true);
      expect(commit.text).not.toMatch(/0111|ada@/);
    }
    // And back: Ada's cache was kept for Ada only.
    view.rerender(page(ada, 'ada-again'));
    for (const commit of commits.filter((c) => c.as === 'ada-again')) expect(commit.text).not.toMatch(/0999|bob@/);
  });
});

describe('the access token', () => {
  it('never appears in query keys, cached data, the DOM, console output or error messages', async () => {
    const printed: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args);
      });
    }
    const onSessionExpired = vi.fn();
    const fixture = createReliabilityFixture({
      user: { username: 'ada', attributes: { phone_number: '+15555550123', email: 'ada@example.com' }, enabledMfa: ['SMS_MFA'] },
      provider: () => ({ onSessionExpired }),
    });
    const { sim, user, queryClient } = fixture;
    render(<Settings />, { wrapper: fixture.wrapper });
    const email = await screen.findByRole('switch', { name: en['factor.EMAIL_OTP'] });
    // A few failures of every kind, then the session ends.
    for (const failure of [{ code: 'InternalErrorException' }, 'network', 'malformed', { code: 'BrandNewException' }] as const) {
      sim.failNext('SetUserMFAPreference', failure);
      fireEvent.click(email);
      await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    }
    sim.revokeTokens('ada');
    fireEvent.click(email);
    await screen.findAllByText(en['error.session-expired']);
    await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));

    const errors = [
      ...queryClient.getMutationCache().getAll().map((m) => m.state.error),
      ...queryClient.getQueryCache().getAll().map((q) => q.state.error),
      ...onSessionExpired.mock.calls.map(([error]: unknown[]) => error),
    ].filter((error): error is Error => error instanceof Error);
    expect(errors.length).toBeGreaterThanOrEqual(5);
    const places = {
      keys: JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.queryKey)),
      data: JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data)),
      mutations: JSON.stringify(queryClient.getMutationCache().getAll().map((m) => [m.options.mutationKey, m.state.variables])),
      dom: document.documentElement.outerHTML,
      console: printed.map((args) => String(args)).join('\n'),
      errors: errors.map((error) => `${error.name} ${error.message} ${JSON.stringify(error)} ${String(error.cause)}`).join('\n'),
    };
    const signature = user.accessToken.split('.')[2] ?? user.accessToken;
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(user.accessToken) || text.includes(signature), `token found in ${place}`).toBe(false);
    }
    expect(places.keys).toContain(user.sub);
  });
});

describe('GetUserAuthFactors unavailable (an older pool or the Lite tier)', () => {
  it('falls back to GetUser’s MFA data, hides the ways to sign in and shows no error banner', async () => {
    const fixture = createReliabilityFixture({
      user: {
        username: 'ada',
        attributes: { phone_number: '+15555550123', email: 'ada@example.com' },
        enabledMfa: ['SMS_MFA', 'EMAIL_OTP'],
        preferredMfa: 'EMAIL_OTP',
        configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'],
      },
    });
    for (let i = 0; i < 5; i++) {
      fixture.sim.failNext('GetUserAuthFactors', { code: 'UnknownOperationException', message: 'Unknown operation GetUserAuthFactors' });
    }
    render(<Settings />, { wrapper: fixture.wrapper });
    const sms = await screen.findByRole('switch', { name: en['factor.SMS_MFA'] });
    await waitFor(() => expect(callsOf(fixture.sim, 'GetUserAuthFactors')).toBeGreaterThan(0));
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));

    expect(sms).toBeChecked();
    expect(screen.getByRole('switch', { name: en['factor.EMAIL_OTP'] })).toBeChecked();
    expect(screen.getByRole('radio', { name: en['factor.EMAIL_OTP'] })).toBeChecked();
    // Only GetUserAuthFactors knows the ways to sign in: that section is hidden, not wrong.
    expect(screen.queryByText(en.signInMethods)).not.toBeInTheDocument();
    expect(screen.queryByText(en['signIn.WEB_AUTHN'])).not.toBeInTheDocument();
    // No banner, no alert text, no load error.
    expect(document.querySelector('[data-rcs="load-error"]')).toBeNull();
    expect(screen.queryAllByRole('alert').map((alert) => alert.textContent).join('')).toBe('');

    // A change still works, on GetUser's data alone.
    fireEvent.click(sms);
    await waitFor(() => expect(fixture.sim.getUserState('ada').enabledMfa).toEqual(['EMAIL_OTP']));
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));
    expect(sms).not.toBeChecked();
    expect(screen.queryAllByRole('alert').map((alert) => alert.textContent).join('')).toBe('');
  });
});
