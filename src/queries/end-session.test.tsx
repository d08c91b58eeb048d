import { act, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { CognitoError } from '../cognito/errors.js';
import { cognitoKeys } from './keys.js';
import { cognitoUserQueryOptions } from './options.js';
import { useCognitoSecurity } from './provider.js';
import { renderHookWithCognito } from '../../test/harness.js';

const reason = () => new CognitoError('Ended on purpose.', { code: 'AccountDeleted', category: 'session-expired' });

function useSessionAndUser() {
  const context = useCognitoSecurity();
  const user = useQuery(cognitoUserQueryOptions(context));
  return { ...context, user };
}

describe('endSession (the provider’s context)', () => {
  it('clears every query of the user, calls onSessionExpired once with the reason, and keeps its identity', async () => {
    const onSessionExpired = vi.fn();
    const { result, rerender, queryClient, user } = renderHookWithCognito(useSessionAndUser, { provider: { onSessionExpired } });
    await waitFor(() => expect(result.current.user.isSuccess).toBe(true));
    const { endSession } = result.current;
    rerender();
    expect(result.current.endSession).toBe(endSession);

    const ended = reason();
    act(() => endSession(ended));
    act(() => endSession(reason()));
    expect(onSessionExpired).toHaveBeenCalledExactlyOnceWith(ended);
    expect(queryClient.getQueryData(cognitoKeys.cognitoUser(user.sub))).toBeUndefined();
    await waitFor(() => expect(result.current.user.error).toBe(ended));
  });

  it('tells `notify` instead of onSessionExpired when given, and drops answers to requests already sent', async () => {
    const onSessionExpired = vi.fn();
    const notify = vi.fn();
    const { result, sim } = renderHookWithCognito(useSessionAndUser, { provider: { onSessionExpired } });
    sim.setLatency('GetUser', 200);
    await waitFor(() => expect(result.current.user.fetchStatus).toBe('fetching'));
    const ended = reason();
    act(() => result.current.endSession(ended, notify));
    await waitFor(() => expect(result.current.user.fetchStatus).toBe('idle'));
    expect(result.current.user.data).toBeUndefined();
    expect(result.current.user.error).toBe(ended);
    expect(notify).toHaveBeenCalledExactlyOnceWith(ended);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});
