import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchTransport } from '../cognito/transport.js';
import { useAuthFactors, useCognitoUser, useMfaSettings } from './hooks.js';
import { useSetMfaPreference } from './mutation.js';
import { cognitoUserQueryOptions } from './options.js';
import { CognitoSecurityProvider, useCognitoSecurity } from './provider.js';
import { renderHookWithCognito, renderWithCognito } from '../../test/harness.js';

function useBoth() {
  return { user: useCognitoUser(), factors: useAuthFactors(), set: useSetMfaPreference() };
}

const callsOf = (sim: { calls: readonly { operation: string }[] }, operation: string) =>
  sim.calls.filter((call) => call.operation === operation).length;

describe('useCognitoUser and useAuthFactors', () => {
  it('read the signed-in user and their factors from Cognito, normalised', async () => {
    const { result } = renderHookWithCognito(useBoth, {
      user: { enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA', configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
    });
    await waitFor(() => expect(result.current.factors.isSuccess && result.current.user.isSuccess).toBe(true));
    expect(result.current.user.data).toMatchObject({
      username: 'ada',
      email: { value: 'ada@example.com', verified: true },
      phoneNumber: { value: '+15555550123', verified: true },
      enabled: ['SMS_MFA'],
      preferred: 'SMS_MFA',
    });
    expect(result.current.factors.data).toMatchObject({ configured: ['PASSWORD', 'WEB_AUTHN'], enabled: ['SMS_MFA'] });
  });

  it('share one GetUser and one GetUserAuthFactors request between many components', async () => {
    function Consumer({ id }: { id: number }) {
      const settings = useMfaSettings();
      return <p>{settings.user ? `ready ${id}` : 'loading'}</p>;
    }
    const { sim } = renderWithCognito(
      <>
        {[1, 2, 3, 4, 5].map((id) => (
          <Consumer key={id} id={id} />
        ))}
      </>,
    );
    expect(await screen.findByText('ready 5')).toBeInTheDocument();
    await waitFor(() => expect(callsOf(sim, 'GetUserAuthFactors')).toBe(1));
    expect(callsOf(sim, 'GetUser')).toBe(1);
  });

  it('work with useSuspenseQuery through the exported query options', async () => {
    function Username() {
      const { client, userId } = useCognitoSecurity();
      const { data } = useSuspenseQuery(cognitoUserQueryOptions({ client, userId }));
      return <p>Signed in as {data.username}</p>;
    }
    renderWithCognito(
      <Suspense fallback={<p>Loading…</p>}>
        <Username />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Signed in as ada')).toBeInTheDocument();
  });

  it('never puts the access token in a query key', async () => {
    const { result, queryClient, user } = renderHookWithCognito(useBoth);
    await waitFor(() => expect(result.current.user.isSuccess).toBe(true));
    const keys = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey));
    expect(keys).not.toContain(user.accessToken);
    expect(keys).toContain(user.sub);
  });
});

describe('useSetMfaPreference', () => {
  it('shows the change in both caches before Cognito answers, then settles on the server state', async () => {
    const { result, sim } = renderHookWithCognito(useBoth);
    await waitFor(() => expect(result.current.factors.isSuccess && result.current.user.isSuccess).toBe(true));
    sim.setLatency('SetUserMFAPreference', 400);

    act(() => result.current.set.mutate({ type: 'enable', factor: 'SMS_MFA', preferred: true }));

    await waitFor(() => expect(result.current.user.data?.enabled).toEqual(['SMS_MFA']));
    expect(result.current.user.data?.preferred).toBe('SMS_MFA');
    expect(result.current.factors.data).toMatchObject({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
    // Optimistic: the simulator has not applied it yet.
    expect(sim.getUserState('ada').enabledMfa).toEqual([]);

    await waitFor(() => expect(result.current.set.isSuccess).toBe(true), { timeout: 3000 });
    expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' });
    expect(sim.calls.find((call) => call.operation === 'SetUserMFAPreference')?.input).toEqual({
      AccessToken: '<redacted>',
      SMSMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    // Refetched to settle.
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
    expect(result.current.user.data).toMatchObject({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
  });

  it('rolls back and exposes the reason when Cognito refuses', async () => {
    const { result, sim } = renderHookWithCognito(useBoth, { user: { enabledMfa: ['EMAIL_OTP'], preferredMfa: 'EMAIL_OTP' } });
    await waitFor(() => expect(result.current.user.isSuccess && result.current.factors.isSuccess).toBe(true));
    sim.setLatency('SetUserMFAPreference', 400);
    sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException', message: 'Internal error' });

    act(() => result.current.set.mutate({ type: 'disable', factor: 'EMAIL_OTP' }));
    await waitFor(() => expect(result.current.user.data?.enabled).toEqual([]));
    expect(result.current.user.data?.preferred).toBeNull();

    await waitFor(() => expect(result.current.set.isError).toBe(true), { timeout: 3000 });
    expect(result.current.set.error).toMatchObject({ code: 'InternalErrorException', category: 'unavailable' });
    expect(result.current.user.data).toMatchObject({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    expect(result.current.factors.data).toMatchObject({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    // A mutation with an unknown outcome is not re-sent; state is re-read instead.
    expect(callsOf(sim, 'SetUserMFAPreference')).toBe(1);
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
  });

  it('rolls back only the failed change when a later change is still in flight, and the last change wins', async () => {
    const { result, sim } = renderHookWithCognito(useBoth);
    await waitFor(() => expect(result.current.user.isSuccess && result.current.factors.isSuccess).toBe(true));
    sim.setLatency('SetUserMFAPreference', 200);
    sim.failNext('SetUserMFAPreference', { code: 'TooManyRequestsException', message: 'Rate exceeded' });
    sim.failNext('SetUserMFAPreference', { code: 'TooManyRequestsException', message: 'Rate exceeded' });
    sim.failNext('SetUserMFAPreference', { code: 'TooManyRequestsException', message: 'Rate exceeded' });

    act(() => {
      result.current.set.mutate({ type: 'enable', factor: 'SMS_MFA' });
      result.current.set.mutate({ type: 'enable', factor: 'EMAIL_OTP', preferred: true });
    });
    await waitFor(() => expect(result.current.user.data?.enabled).toEqual(['SMS_MFA', 'EMAIL_OTP']));

    // The first change fails (throttled three times); the second is still on screen meanwhile.
    const seen: string[][] = [];
    await waitFor(
      () => {
        seen.push([...(result.current.user.data?.enabled ?? [])]);
        expect(sim.getUserState('ada').enabledMfa).toEqual(['EMAIL_OTP']);
      },
      { timeout: 5000 },
    );
    await waitFor(() => expect(result.current.user.data).toMatchObject({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' }), {
      timeout: 5000,
    });
    expect(seen.every((enabled) => enabled.includes('EMAIL_OTP'))).toBe(true);
    expect(sim.getUserState('ada').preferredMfa).toBe('EMAIL_OTP');
  });

  it('never sends TOTP settings for a user whose software token is not verified', async () => {
    const { result, sim } = renderHookWithCognito(useBoth);
    await waitFor(() => expect(result.current.user.isSuccess).toBe(true));
    act(() => result.current.set.mutate({ type: 'enable', factor: 'SOFTWARE_TOKEN_MFA' }));
    await waitFor(() => expect(result.current.set.isError).toBe(true));
    expect(result.current.set.error).toMatchObject({ code: 'totp-not-set-up', category: 'not-allowed' });
    expect(callsOf(sim, 'SetUserMFAPreference')).toBe(0);
    expect(result.current.user.data?.enabled).toEqual([]);
  });
});

describe('useMfaSettings', () => {
  it('explains each factor\'s eligibility before any click', async () => {
    const { result } = renderHookWithCognito(useMfaSettings, {
      user: { attributes: { email: 'ada@example.com' } },
      pool: { mfa: 'OPTIONAL', factors: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] },
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const reasons = Object.fromEntries(result.current.factors.map((f) => [f.factor, f.enableBlockedBy]));
    expect(reasons).toEqual({ SMS_MFA: 'no-phone', SOFTWARE_TOKEN_MFA: 'totp-not-set-up', EMAIL_OTP: null });
  });

  it('locks enabled factors when the pool requires MFA, where Cognito would ignore turning them off', async () => {
    const { result } = renderHookWithCognito(useMfaSettings, { pool: { mfa: 'ON' }, user: { enabledMfa: ['SMS_MFA'] } });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.factors.find((f) => f.factor === 'SMS_MFA')).toMatchObject({ enabled: true, disableBlockedBy: 'required-by-pool' });
  });

  it('marks a factor unavailable for the session after Cognito refuses a user who looked eligible', async () => {
    const { result } = renderHookWithCognito(useMfaSettings, { pool: { emailMfaAvailable: false } });
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.change({ type: 'enable', factor: 'EMAIL_OTP' }));
    await waitFor(() => expect(result.current.factors.find((f) => f.factor === 'EMAIL_OTP')?.error).not.toBeNull());
    const email = result.current.factors.find((f) => f.factor === 'EMAIL_OTP');
    expect(email).toMatchObject({ enabled: false, enableBlockedBy: 'unavailable' });
    expect(email?.error).toMatchObject({ code: 'InvalidParameterException' });
  });
});

describe('tokens and sessions', () => {
  it('refreshes an expired token once and replays the request without the user noticing', async () => {
    const refresh = vi.fn();
    const { result, sim } = renderHookWithCognito(useCognitoUser, {
      provider: ({ sim, user }) => {
        let token = user.accessToken;
        sim.expireToken(token);
        return {
          getAccessToken: () => token,
          refreshAccessToken: () => {
            refresh();
            token = sim.issueToken('ada');
          },
        };
      },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(callsOf(sim, 'GetUser')).toBe(2);
  });

  it('calls onSessionExpired once, clears the user\'s cache and reports a session-expired error for a revoked token', async () => {
    const onSessionExpired = vi.fn();
    const { result, sim, queryClient, user } = renderHookWithCognito(useCognitoUser, { provider: { onSessionExpired } });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    sim.revokeTokens('ada');
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.error?.category).toBe('session-expired'));
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(['react-cognito-security', user.sub, 'cognito-user'])).toBeUndefined();
  });

  it('ends the session when the refresh itself fails', async () => {
    const onSessionExpired = vi.fn();
    const { result, user } = renderHookWithCognito(useCognitoUser, {
      provider: ({ sim, user }) => {
        sim.expireToken(user.accessToken);
        return { onSessionExpired, refreshAccessToken: () => Promise.reject(new Error('Refresh Token has been revoked')) };
      },
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ category: 'session-expired', code: 'SessionExpired' });
    expect(result.current.error?.message).not.toContain(user.accessToken);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });
});

describe('CognitoSecurityProvider', () => {
  it('says clearly that it needs the app\'s QueryClientProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <CognitoSecurityProvider userId="u" transport={createFetchTransport({ region: 'us-east-1' })} getAccessToken={() => 't'} />,
      ),
    ).toThrow(/must be used within a <QueryClientProvider>/);
  });

  it('says clearly when a hook is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const queryClient = new QueryClient();
    expect(() =>
      renderHook(useCognitoUser, { wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider> }),
    ).toThrow('useCognitoUser must be used within <CognitoSecurityProvider>.');
  });
});
