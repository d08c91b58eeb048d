import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuthFactors } from './hooks.js';
import { useAddPasskey } from './passkeys/add.js';
import { usePasskeyRemovals, usePasskeys, useRemovePasskey } from './passkeys/hooks.js';
import { passkeyKeys } from './passkeys/keys.js';
import { usePasskeyMfa } from './passkeys/mfa.js';
import { installSoftwareAuthenticator } from '../../test/authenticator.js';
import { renderHookWithCognito } from '../../test/harness.js';

const operations = (sim: { calls: readonly { operation: string }[] }) => sim.calls.map((call) => call.operation);

let authenticator: ReturnType<typeof installSoftwareAuthenticator> | undefined;
afterEach(() => {
  authenticator?.restore();
  authenticator = undefined;
});

function usePasskeyPage() {
  return { passkeys: usePasskeys(), factors: useAuthFactors(), remove: useRemovePasskey(), removals: usePasskeyRemovals() };
}

describe('usePasskeys', () => {
  it('lists the user’s passkeys under the user’s key, with dates', async () => {
    const { result, queryClient, user } = renderHookWithCognito(usePasskeys, {
      user: { passkeys: [{ credentialId: 'AAAA', attachment: 'cross-platform', createdAt: Date.UTC(2026, 2, 4) }] },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual([
      {
        id: 'AAAA',
        name: 'Roaming passkey',
        relyingPartyId: 'localhost',
        attachment: 'cross-platform',
        transports: ['usb', 'nfc'],
        createdAt: new Date(Date.UTC(2026, 2, 4)),
      },
    ]);
    expect(queryClient.getQueryData(passkeyKeys.list(user.sub))).toBe(result.current.data);
  });
});

describe('useRemovePasskey', () => {
  const twoPasskeys = { user: { configuredAuthFactors: ['PASSWORD'], passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB' }] } };

  it('takes the passkey out of the list at once, then settles the list and the auth factors', async () => {
    const { result, sim } = renderHookWithCognito(usePasskeyPage, twoPasskeys);
    await waitFor(() => expect(result.current.passkeys.data).toHaveLength(2));
    await waitFor(() => expect(result.current.factors.data?.configured).toContain('WEB_AUTHN'));
    sim.setLatency('DeleteWebAuthnCredential', 300);
    sim.resetCalls();

    act(() => result.current.remove.mutate('AAAA'));
    await waitFor(() => expect(result.current.passkeys.data?.map((p) => p.id)).toEqual(['BBBB']));
    expect(sim.getUserState('ada').passkeys).toHaveLength(2);

    await waitFor(() => expect(result.current.removals.at(-1)).toMatchObject({ passkeyId: 'AAAA', status: 'success', name: 'Passkey' }));
    await waitFor(() => expect(operations(sim)).toEqual(['DeleteWebAuthnCredential', 'ListWebAuthnCredentials', 'GetUserAuthFactors']));
    expect(operations(sim)).not.toContain('GetUser');
  });

  it('puts back exactly the refused passkey, where it was, while another removal stays done', async () => {
    const { result, sim } = renderHookWithCognito(usePasskeyPage, {
      user: { passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB' }, { credentialId: 'CCCC' }] },
    });
    await waitFor(() => expect(result.current.passkeys.data).toHaveLength(3));
    sim.failNext('DeleteWebAuthnCredential', { code: 'ForbiddenException' });
    sim.setLatency('DeleteWebAuthnCredential', 200);
    // The settling refetch is slow, so what shows first is the rollback alone.
    sim.setLatency('ListWebAuthnCredentials', 1500);
    const ids = () => result.current.passkeys.data?.map((p) => p.id);

    act(() => result.current.remove.mutate('BBBB'));
    act(() => result.current.remove.mutate('CCCC'));
    await waitFor(() => expect(ids()).toEqual(['AAAA']));
    await waitFor(() => expect(ids()).toEqual(['AAAA', 'BBBB']), { timeout: 1200 });
    expect(sim.calls.filter((call) => call.operation === 'ListWebAuthnCredentials')).toHaveLength(1);
    expect(sim.getUserState('ada').passkeys.map((p) => p.credentialId)).toEqual(['AAAA', 'BBBB']);
    await waitFor(() => expect(result.current.removals.map((r) => r.status)).toEqual(['error', 'success']), { timeout: 4000 });
    expect(result.current.removals[0]?.error?.code).toBe('ForbiddenException');
    expect(ids()).toEqual(['AAAA', 'BBBB']);
  });
});

describe('useAddPasskey', () => {
  it('walks starting → waiting-for-authenticator → completing → done, then WEB_AUTHN appears', async () => {
    authenticator = installSoftwareAuthenticator();
    const steps: string[] = [];
    const { result, sim } = renderHookWithCognito(() => {
      const add = useAddPasskey();
      if (steps.at(-1) !== add.step) steps.push(add.step);
      return { add, page: usePasskeyPage() };
    });
    await waitFor(() => expect(result.current.page.factors.data?.configured).toEqual(['PASSWORD']));
    await waitFor(() => expect(result.current.page.passkeys.data).toEqual([]));
    sim.setLatency('StartWebAuthnRegistration', 100);
    sim.setLatency('CompleteWebAuthnRegistration', 100);
    const { start } = result.current.add;

    act(() => start());
    await waitFor(() => expect(result.current.add.step).toBe('done'));
    expect(steps).toEqual(['idle', 'starting', 'waiting-for-authenticator', 'completing', 'done']);
    expect(result.current.add.start).toBe(start);
    await waitFor(() => expect(result.current.page.passkeys.data).toHaveLength(1));
    await waitFor(() => expect(result.current.page.factors.data?.configured).toEqual(['PASSWORD', 'WEB_AUTHN']));
    expect(sim.getUserState('ada').passkeys[0]?.publicKey).not.toBe('');
  });

  it('goes back to idle without an error when the user dismisses the browser prompt, and sends nothing more', async () => {
    authenticator = installSoftwareAuthenticator();
    authenticator.queue('cancel');
    const { result, sim } = renderHookWithCognito(useAddPasskey);
    act(() => result.current.start());
    await waitFor(() => expect(result.current).toMatchObject({ step: 'idle', error: null, cancelled: true, isPending: false }));
    expect(operations(sim)).toEqual(['StartWebAuthnRegistration']);
  });

  it('says the authenticator is registered already (InvalidStateError) from excludeCredentials', async () => {
    authenticator = installSoftwareAuthenticator();
    const { result } = renderHookWithCognito(useAddPasskey);
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('done'));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'InvalidStateError', category: 'conflict' });
  });

  it('stops at error with the Cognito exception, and can start again', async () => {
    authenticator = installSoftwareAuthenticator();
    const { result, sim } = renderHookWithCognito(useAddPasskey);
    sim.failNext('CompleteWebAuthnRegistration', { code: 'WebAuthnChallengeNotFoundException' });
    act(() => result.current.start());
    await waitFor(() => expect(result.current.error?.code).toBe('WebAuthnChallengeNotFoundException'));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('done'));
    expect(sim.getUserState('ada').passkeys).toHaveLength(1);
  });

  it('closes the browser prompt on cancel and ignores what arrives afterwards', async () => {
    authenticator = installSoftwareAuthenticator();
    authenticator.queue('hang');
    const { result, sim } = renderHookWithCognito(useAddPasskey);
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('waiting-for-authenticator'));
    act(() => result.current.cancel());
    expect(result.current).toMatchObject({ step: 'idle', cancelled: false, error: null });
    const signal = (authenticator.create.mock.calls[0]?.[0] as CredentialCreationOptions).signal;
    expect(signal?.aborted).toBe(true);
    expect(operations(sim)).not.toContain('CompleteWebAuthnRegistration');
  });
});

describe('usePasskeyMfa', () => {
  const smsAndPasskey = {
    pool: { passkeyMfa: true },
    user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] as const, preferredMfa: 'EMAIL_OTP' as const, passkeys: [{}] },
  };

  it('is not offered, and reads nothing, unless the pool allows it', async () => {
    const { result, sim } = renderHookWithCognito(usePasskeyMfa);
    await waitFor(() => expect(result.current.status).not.toBe('pending'));
    expect(result.current.offered).toBe(false);
    expect(operations(sim)).not.toContain('GetUser');
  });

  it('turns on with the enabled factors re-sent, keeps the preference, and reads WEB_AUTHN_MFA back', async () => {
    const { result, sim } = renderHookWithCognito(usePasskeyMfa, smsAndPasskey);
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', offered: true, enabled: false, enableBlockedBy: null }));
    sim.setLatency('SetUserMFAPreference', 300);
    act(() => result.current.setEnabled(true));
    await waitFor(() => expect(result.current).toMatchObject({ enabled: true, pending: true }));
    await waitFor(() => expect(result.current.lastChange).toMatchObject({ status: 'success', enabled: true }));
    expect(sim.calls.find((call) => call.operation === 'SetUserMFAPreference')?.input).toEqual({
      AccessToken: '<redacted>',
      WebAuthnMfaSettings: { Enabled: true },
      SMSMfaSettings: { Enabled: true, PreferredMfa: false },
      EmailMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(sim.getUserState('ada')).toMatchObject({ webAuthnMfa: true, preferredMfa: 'EMAIL_OTP', enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] });
    await waitFor(() => expect(result.current).toMatchObject({ enabled: true, pending: false }));
  });

  it('explains before the click that it needs a passkey and another factor', async () => {
    const noPasskey = renderHookWithCognito(usePasskeyMfa, { pool: { passkeyMfa: true }, user: { enabledMfa: ['SMS_MFA'] } });
    await waitFor(() => expect(noPasskey.result.current.enableBlockedBy).toBe('no-passkey'));
    const noFactor = renderHookWithCognito(usePasskeyMfa, { pool: { passkeyMfa: true }, user: { passkeys: [{}] } });
    await waitFor(() => expect(noFactor.result.current.status).toBe('success'));
    expect(noFactor.result.current.enableBlockedBy).toBe('no-other-factor');
  });

  it('rolls back to off with the reason when Cognito refuses', async () => {
    const { result, sim } = renderHookWithCognito(usePasskeyMfa, smsAndPasskey);
    await waitFor(() => expect(result.current.status).toBe('success'));
    sim.failNext('SetUserMFAPreference', { code: 'InvalidParameterException', message: 'WebAuthn MFA is not configured for this user pool' });
    act(() => result.current.setEnabled(true));
    await waitFor(() => expect(result.current.error?.code).toBe('InvalidParameterException'));
    expect(result.current.enabled).toBe(false);
  });
});
