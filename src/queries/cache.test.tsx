/** The user's cache is shared by every domain: MFA writes only its slice and clears only what it should. */
import { useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CognitoUser } from '../cognito/model.js';
import { cognitoKeys } from './keys.js';
import { useCognitoSecurity } from './provider.js';
import { useCognitoUser, useMfaSettings } from './hooks.js';
import { createCognitoFixture } from '../../test/harness.js';

/** A query another domain keeps under the user's prefix (a passkey list, say). */
function useOtherDomain() {
  const { userId } = useCognitoSecurity();
  return useQuery({ queryKey: [...cognitoKeys.user(userId), 'other-domain'], queryFn: () => ({ fetchedAt: performance.now() }) });
}

function usePage() {
  return { settings: useMfaSettings(), user: useCognitoUser(), other: useOtherDomain() };
}

describe('the user cache shared between domains', () => {
  it('an MFA change writes only the MFA slice: another domain’s optimistic edit of the user survives it', async () => {
    // What the cache holds once the change is confirmed, before the settle refetch brings the server's truth.
    let confirmed: CognitoUser | undefined;
    const fixture = createCognitoFixture({
      mutationCache: { onSettled: () => void (confirmed = fixture.queryClient.getQueryData<CognitoUser>(key)) },
    });
    const key = cognitoKeys.cognitoUser(fixture.user.sub);
    fixture.sim.setLatency('SetUserMFAPreference', 200);
    const { result } = renderHook(usePage, { wrapper: fixture.wrapper });
    await waitFor(() => expect(result.current.settings.status).toBe('success'));
    act(() => {
      fixture.queryClient.setQueryData<CognitoUser>(key, (user) => user && { ...user, attributes: { ...user.attributes, nickname: 'pending edit' } });
    });

    act(() => result.current.settings.change({ type: 'enable', factor: 'SMS_MFA' }));
    // Optimistic: on screen before Cognito answers. (TanStack Query 5.89, the lowest peer, runs
    // onMutate one microtask after mutate(); later 5.x releases run it at once.)
    await waitFor(() =>
      expect(fixture.queryClient.getQueryData<CognitoUser>(key)).toMatchObject({ enabled: ['SMS_MFA'], attributes: { nickname: 'pending edit' } }),
    );
    expect(confirmed).toBeUndefined();
    await waitFor(() => expect(confirmed).toBeDefined(), { timeout: 5000 });
    expect(fixture.sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
    expect(confirmed).toMatchObject({ enabled: ['SMS_MFA'], attributes: { nickname: 'pending edit' } });
  });

  it('an MFA change refetches GetUser and GetUserAuthFactors, not the user’s other queries', async () => {
    const fixture = createCognitoFixture();
    const { result } = renderHook(usePage, { wrapper: fixture.wrapper });
    await waitFor(() => expect(result.current.other.data).toBeDefined());
    await waitFor(() => expect(fixture.queryClient.isFetching()).toBe(0));
    const before = result.current.other.dataUpdatedAt;
    fixture.sim.resetCalls();

    act(() => result.current.settings.change({ type: 'enable', factor: 'SMS_MFA' }));
    await waitFor(() => expect(fixture.sim.calls.map((call) => call.operation)).toEqual(expect.arrayContaining(['GetUser', 'GetUserAuthFactors'])));
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));
    expect(result.current.other.dataUpdatedAt).toBe(before);
  });

  it('queryClient.clear() and removeQueries leave nothing of the user behind, the overlay and session facts included', async () => {
    const fixture = createCognitoFixture({ pool: { emailMfaAvailable: false } });
    const { result, unmount } = renderHook(usePage, { wrapper: fixture.wrapper });
    await waitFor(() => expect(result.current.settings.status).toBe('success'));
    // The service refuses email MFA: the session learns it is unavailable.
    act(() => result.current.settings.change({ type: 'enable', factor: 'EMAIL_OTP' }));
    await waitFor(() => expect(result.current.settings.factors.find((f) => f.factor === 'EMAIL_OTP')?.enableBlockedBy).toBe('unavailable'));
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));
    unmount();
    const heldForUser = () => fixture.queryClient.getQueryCache().findAll({ queryKey: cognitoKeys.user(fixture.user.sub) });
    expect(heldForUser().map((query) => query.queryKey.at(-1))).toEqual(
      expect.arrayContaining(['mfa-overlay', 'mfa-session-facts', 'cognito-user']),
    );

    fixture.queryClient.removeQueries({ queryKey: cognitoKeys.user(fixture.user.sub) });
    expect(heldForUser()).toEqual([]);
  });

  it('what the session learned lasts while no component is mounted (the rest of the session)', async () => {
    const fixture = createCognitoFixture({ pool: { emailMfaAvailable: false } });
    const first = renderHook(usePage, { wrapper: fixture.wrapper });
    await waitFor(() => expect(first.result.current.settings.status).toBe('success'));
    act(() => first.result.current.settings.change({ type: 'enable', factor: 'EMAIL_OTP' }));
    await waitFor(() => expect(first.result.current.settings.factors.find((f) => f.factor === 'EMAIL_OTP')?.enableBlockedBy).toBe('unavailable'));
    first.unmount();
    // Longer than TanStack's default gcTime would keep an unobserved query.
    for (const query of fixture.queryClient.getQueryCache().getAll()) expect(query.gcTime).toBe(Infinity);

    const second = renderHook(usePage, { wrapper: fixture.wrapper });
    await waitFor(() => expect(second.result.current.settings.status).toBe('success'));
    expect(second.result.current.settings.factors.find((f) => f.factor === 'EMAIL_OTP')?.enableBlockedBy).toBe('unavailable');
  });
});
