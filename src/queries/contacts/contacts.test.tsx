import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactAttribute } from '../../cognito/contacts.js';
import { useContactDetails } from './hooks.js';
import { useContactVerification } from './verification.js';
import { useMfaSettings } from '../hooks.js';
import type { CognitoSimulator, PoolConfig, UserSpec } from '../../testing/index.js';
import { renderHookWithCognito, type CognitoFixtureOptions } from '../../../test/harness.js';

const callsOf = (sim: CognitoSimulator, operation: string) => sim.calls.filter((call) => call.operation === operation).length;

const NO_PHONE: Partial<UserSpec> = { attributes: { email: 'ada@example.com', email_verified: 'true' } };

/** The flow for one attribute, the rows and the MFA settings, over a simulator. */
async function renderFlow(attribute: ContactAttribute, options: CognitoFixtureOptions = {}) {
  const fixture = renderHookWithCognito(
    () => ({ flow: useContactVerification(attribute), details: useContactDetails(), mfa: useMfaSettings() }),
    options,
  );
  await waitFor(() => expect(fixture.result.current.details.status).toBe('success'));
  return fixture;
}

const sms = (mfa: ReturnType<typeof useMfaSettings>) => mfa.factors.find((factor) => factor.factor === 'SMS_MFA');

function wrongCodeFor(sim: CognitoSimulator, attribute: ContactAttribute) {
  return sim.lastCode('ada', attribute) === '000000' ? '111111' : '000000';
}

describe('useContactVerification: a pool that keeps the original value until the new one is verified (default)', () => {
  it('shows the new number as pending, never as the number in place, until Cognito has verified it', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+44 7700 900123'));
    expect(result.current.flow).toMatchObject({ step: 'saving', isPending: true });

    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    expect(result.current.flow).toMatchObject({
      value: '+447700900123',
      delivery: { attribute: 'phone_number', medium: 'SMS', destination: '+********0123' },
      state: 'pending',
      current: { value: '+15555550123', verified: true },
      pending: { value: '+447700900123' },
    });
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
    expect(result.current.details.rows[0]).toMatchObject({ state: 'pending', current: { value: '+15555550123' } });

    // The answer itself proves the number: the cache and SMS eligibility follow before any refetch lands.
    sim.setLatency('GetUser', 1000);
    act(() => result.current.flow.verify(sim.lastCode('ada', 'phone_number')));
    await waitFor(() => expect(result.current.flow.step).toBe('done'));
    expect(result.current.flow).toMatchObject({ outcome: 'verified', state: 'verified', pending: null });
    expect(result.current.mfa.user?.phoneNumber).toEqual({ value: '+447700900123', verified: true });
    expect(sms(result.current.mfa)?.destination?.value).toBe('+447700900123');
    // Only the settle refetch reads GetUser again.
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(3), { timeout: 3000 });
    expect(sim.getUserState('ada').attributes).toMatchObject({ phone_number: '+447700900123', phone_number_verified: 'true' });
  });

  it('adds a first phone number and makes SMS MFA eligible once the code is verified', async () => {
    const { result, sim } = await renderFlow('phone_number', { user: NO_PHONE });
    expect(sms(result.current.mfa)?.enableBlockedBy).toBe('no-phone');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+15555550199'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    // Not in place yet: still no phone for SMS codes.
    expect(result.current.flow.state).toBe('pending');
    expect(sms(result.current.mfa)?.enableBlockedBy).toBe('no-phone');

    act(() => result.current.flow.verify(sim.lastCode('ada', 'phone_number')));
    await waitFor(() => expect(sms(result.current.mfa)?.enableBlockedBy).toBeNull());
    expect(result.current.flow.step).toBe('done');
  });
});

describe('useContactVerification: a pool that changes the value at once', () => {
  const pool: PoolConfig = { attributesRequireVerificationBeforeUpdate: [] };

  it('puts the new value in place unverified straight from the answer, then verifies it', async () => {
    const { result, sim } = await renderFlow('email', { pool });
    sim.setLatency('GetUser', 1000);
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit(' grace@example.org '));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));

    expect(result.current.flow).toMatchObject({
      state: 'unverified',
      current: { value: 'grace@example.org', verified: false },
      pending: null,
      delivery: { destination: 'g***@e***' },
    });
    sim.setLatency('GetUser', 0);
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.state).toBe('verified'));
    expect(result.current.mfa.user?.email).toEqual({ value: 'grace@example.org', verified: true });
  });

  it('makes SMS MFA eligible as soon as the number is stored, before it is verified', async () => {
    const { result } = await renderFlow('phone_number', { pool, user: NO_PHONE });
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+15555550199'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    expect(sms(result.current.mfa)).toMatchObject({ enableBlockedBy: null, destination: { value: '+15555550199', verified: false } });
  });
});

describe('useContactVerification: when the pool setting the app gave is wrong, GetUser decides', () => {
  it('shows the new value as unverified once GetUser has it, though the app said the pool keeps the original', async () => {
    const { result, sim } = await renderFlow('email', { pool: { attributesRequireVerificationBeforeUpdate: [] }, provider: { pool: {} } });
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
    await waitFor(() => expect(result.current.flow.state).toBe('unverified'));
    expect(result.current.flow).toMatchObject({ pending: null, current: { value: 'grace@example.org', verified: false } });
    expect(result.current.flow.codeSent?.value).toBe('grace@example.org');
  });

  it('goes back to showing the change as pending when GetUser still has the original value', async () => {
    const { result, sim } = await renderFlow('email', { provider: { pool: { attributesRequireVerificationBeforeUpdate: [] } } });
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
    await waitFor(() => expect(result.current.flow.state).toBe('pending'));
    expect(result.current.flow.current).toEqual({ value: 'ada@example.com', verified: true });
  });
});

describe('useContactVerification: checks and refusals', () => {
  it('refuses a phone number that is not E.164 before sending anything, and tidies spaces and dashes', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('555 0123'));
    expect(result.current.flow).toMatchObject({ step: 'editing', error: { code: 'InvalidPhoneNumber' } });
    act(() => result.current.flow.submit('+1 (555) 555-0199'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    expect(sim.calls.find((call) => call.operation === 'UpdateUserAttributes')?.input.UserAttributes).toEqual([
      { Name: 'phone_number', Value: '+15555550199' },
    ]);
  });

  it('refuses an email address without an @ and the verified value already in place', async () => {
    const { result, sim } = await renderFlow('email');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('ada.example.com'));
    expect(result.current.flow.error?.code).toBe('InvalidEmailAddress');
    act(() => result.current.flow.submit('ada@example.com'));
    expect(result.current.flow.error?.code).toBe('ContactUnchanged');
    expect(callsOf(sim, 'UpdateUserAttributes')).toBe(0);
  });

  it('goes back to the form with AliasExistsException when another account verified the value', async () => {
    const { result, sim } = await renderFlow('email');
    sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org', email_verified: 'true' } });
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('AliasExistsException'));
    expect(result.current.flow).toMatchObject({ step: 'editing', state: 'verified' });
  });

  it('keeps the code step on a wrong code, and sends a new code that replaces the old one', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+447700900123'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    const first = sim.lastCode('ada', 'phone_number');

    act(() => result.current.flow.verify(wrongCodeFor(sim, 'phone_number')));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('CodeMismatchException'));
    expect(result.current.flow).toMatchObject({ step: 'code', value: '+447700900123' });

    act(() => result.current.flow.resendCode());
    expect(result.current.flow.step).toBe('sending');
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    expect(callsOf(sim, 'GetUserAttributeVerificationCode')).toBe(1);
    const second = sim.lastCode('ada', 'phone_number');
    if (first !== second) {
      act(() => result.current.flow.verify(first));
      await waitFor(() => expect(result.current.flow.error?.code).toBe('CodeMismatchException'));
    }
    act(() => result.current.flow.verify(second));
    await waitFor(() => expect(result.current.flow.step).toBe('done'));
  });

  it('reads GetUser again after a code Cognito refused only when the answer was lost, not after a definite refusal', async () => {
    const { result, sim, queryClient } = await renderFlow('email');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    // The change's own settle refetch.
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(2));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const factorReads = callsOf(sim, 'GetUserAuthFactors');

    sim.failNext('VerifyUserAttribute', { code: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' });
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('ExpiredCodeException'));
    const wrong = wrongCodeFor(sim, 'email');
    for (let attempt = 0; attempt < 5; attempt++) {
      act(() => result.current.flow.verify(wrong));
      await waitFor(() => expect(result.current.flow).toMatchObject({ step: 'code', error: { code: 'CodeMismatchException' } }));
    }
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('LimitExceededException'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callsOf(sim, 'GetUser')).toBe(2);
    expect(callsOf(sim, 'GetUserAuthFactors')).toBe(factorReads);

    // A 5xx may have verified it (writes are not re-sent): now GetUser is read again.
    sim.failNext('VerifyUserAttribute', { code: 'InternalErrorException', status: 500 });
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('InternalErrorException'));
    await waitFor(() => expect(callsOf(sim, 'GetUser')).toBe(3));
    await waitFor(() => expect(callsOf(sim, 'GetUserAuthFactors')).toBe(factorReads + 1));
  });

  it('refuses a code that is not 6 digits without asking Cognito', async () => {
    const { result, sim } = await renderFlow('email');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    act(() => result.current.flow.verify('12345'));
    expect(result.current.flow.error?.code).toBe('InvalidCodeFormat');
    expect(callsOf(sim, 'VerifyUserAttribute')).toBe(0);
  });

  it('answers LimitExceededException after five wrong codes, and keeps the user on the code step', async () => {
    const { result, sim } = await renderFlow('email');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    const wrong = wrongCodeFor(sim, 'email');
    for (let attempt = 0; attempt < 5; attempt++) {
      act(() => result.current.flow.verify(wrong));
      await waitFor(() => expect(result.current.flow.step).toBe('code'));
    }
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.error?.code).toBe('LimitExceededException'));
    expect(result.current.flow.step).toBe('code');
  });

  it('goes straight to the code entry when a code sent in this session still works, else sends one', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+447700900123'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    act(() => result.current.flow.cancel());
    expect(result.current.flow).toMatchObject({ step: 'idle', state: 'pending' });

    act(() => result.current.flow.enterCode());
    expect(result.current.flow).toMatchObject({ step: 'code', delivery: { destination: '+********0123' } });
    expect(callsOf(sim, 'GetUserAttributeVerificationCode')).toBe(0);

    const email = await renderFlow('email', { user: { attributes: { email: 'ada@example.com', email_verified: 'false' } } });
    act(() => email.result.current.flow.enterCode());
    expect(email.result.current.flow.step).toBe('sending');
    await waitFor(() => expect(email.result.current.flow.step).toBe('code'));
    expect(callsOf(email.sim, 'GetUserAttributeVerificationCode')).toBe(1);
  });
});

describe('useContactVerification: removing', () => {
  it('refuses at once, sending nothing, while SMS MFA uses the number', async () => {
    const { result, sim } = await renderFlow('phone_number', { user: { enabledMfa: ['SMS_MFA'] } });
    expect(result.current.flow.removeBlockedBy).toBe('SMS_MFA');
    act(() => result.current.flow.remove());
    expect(result.current.flow).toMatchObject({ step: 'idle', error: { code: 'ContactUsedByMfa' } });
    expect(callsOf(sim, 'DeleteUserAttributes')).toBe(0);
  });

  it('removes the number after confirmation, and SMS MFA needs a phone number again', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.remove());
    expect(result.current.flow.step).toBe('confirm-remove');
    sim.setLatency('GetUser', 1000);
    act(() => result.current.flow.confirmRemove());
    await waitFor(() => expect(result.current.flow.step).toBe('done'));
    expect(result.current.flow).toMatchObject({ outcome: 'removed', state: 'none', current: null });
    expect(sms(result.current.mfa)?.enableBlockedBy).toBe('no-phone');
    expect(sim.getUserState('ada').attributes).not.toHaveProperty('phone_number');
  });

  it('refuses at confirmation, sending nothing, when SMS MFA was turned on after the confirmation opened', async () => {
    const { result, sim } = await renderFlow('phone_number');
    act(() => result.current.flow.remove());
    expect(result.current.flow.step).toBe('confirm-remove');
    // Turned on elsewhere on the page (the MFA list) while the confirmation is open.
    act(() => result.current.mfa.change({ type: 'enable', factor: 'SMS_MFA' }));
    await waitFor(() => expect(sim.getUserState('ada').enabledMfa).toContain('SMS_MFA'));

    act(() => result.current.flow.confirmRemove());
    expect(result.current.flow).toMatchObject({ step: 'confirm-remove', isPending: false, error: { code: 'ContactUsedByMfa' } });
    expect(callsOf(sim, 'DeleteUserAttributes')).toBe(0);
    expect(sim.getUserState('ada').attributes).toHaveProperty('phone_number', '+15555550123');
  });

  it('keeps the confirmation with the reason when Cognito refuses', async () => {
    const { result, sim } = await renderFlow('email');
    sim.failNext('DeleteUserAttributes', { code: 'InvalidParameterException', message: 'Cannot delete email' });
    act(() => result.current.flow.remove());
    act(() => result.current.flow.confirmRemove());
    await waitFor(() => expect(result.current.flow.error?.code).toBe('InvalidParameterException'));
    expect(result.current.flow.step).toBe('confirm-remove');
  });
});

describe('useContactVerification: secrets and identity', () => {
  it('keeps the code out of the query cache, the mutation cache and the call log', async () => {
    const { result, sim, queryClient } = await renderFlow('phone_number');
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('+447700900123'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    const code = sim.lastCode('ada', 'phone_number');
    act(() => result.current.flow.verify(code));
    await waitFor(() => expect(result.current.flow.step).toBe('done'));
    await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));

    const queries = queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]);
    const mutations = queryClient.getMutationCache().getAll().map((mutation) => mutation.state);
    expect(JSON.stringify({ queries, mutations, calls: sim.calls, flow: result.current.flow })).not.toContain(code);
  });

  it('keeps every action the same function across renders and answers', async () => {
    const { result, sim } = await renderFlow('email');
    const before = result.current.flow;
    act(() => result.current.flow.edit());
    act(() => result.current.flow.submit('grace@example.org'));
    await waitFor(() => expect(result.current.flow.step).toBe('code'));
    act(() => result.current.flow.verify(sim.lastCode('ada', 'email')));
    await waitFor(() => expect(result.current.flow.step).toBe('done'));
    const after = result.current.flow;
    for (const action of ['edit', 'submit', 'enterCode', 'resendCode', 'verify', 'remove', 'confirmRemove', 'cancel'] as const) {
      expect(after[action]).toBe(before[action]);
    }
  });
});
