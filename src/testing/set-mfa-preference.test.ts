/** SetUserMFAPreference, one case per row of docs/behaviour.md#setusermfapreference-state-table (rows 1–12); the row number leads each name. */
import { describe, expect, it } from 'vitest';
import type { MfaFactor } from '../cognito/wire.js';
import { createCognitoSimulator, type PoolConfig, type UserSpec } from './index.js';
import { call, ELIGIBLE, mfaOf } from './test-helpers.js';

interface Case {
  name: string;
  pool?: PoolConfig;
  user?: Omit<UserSpec, 'username'>;
  request: Record<string, unknown>;
  /** Expected state after a 200, or the exception after a 400 (and then the state must not change). */
  expected:
    | { enabledMfa: MfaFactor[]; preferredMfa: MfaFactor | null }
    | { error: string; message: string };
}

const CASES: Case[] = [
  {
    name: 'row 1: an omitted settings object leaves that factor unchanged',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
    request: { EmailMfaSettings: { Enabled: true, PreferredMfa: false } },
    expected: { enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
  },
  {
    name: 'row 1: an empty request changes nothing',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    request: {},
    expected: { enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
  },
  {
    name: 'row 2: SMS without a phone_number',
    user: { attributes: { email: 'ada@example.com' } },
    request: { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
    expected: { error: 'InvalidParameterException', message: 'User does not have delivery config set to turn on SMS_MFA' },
  },
  {
    name: 'row 2: TOTP without a verified software token',
    user: { attributes: ELIGIBLE.attributes },
    request: { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false } },
    expected: {
      error: 'InvalidParameterException',
      message: 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA',
    },
  },
  {
    name: 'row 2: email without an email attribute',
    user: { attributes: { phone_number: '+15555550100' } },
    request: { EmailMfaSettings: { Enabled: true } },
    expected: { error: 'InvalidParameterException', message: 'User does not have delivery config set to turn on EMAIL_OTP' },
  },
  {
    name: 'row 2: email when the pool cannot send it (tier or SES)',
    pool: { emailMfaAvailable: false },
    user: ELIGIBLE,
    request: { EmailMfaSettings: { Enabled: true } },
    expected: { error: 'InvalidParameterException', message: 'User does not have delivery config set to turn on EMAIL_OTP' },
  },
  {
    name: 'row 2: a factor the pool does not offer',
    pool: { factors: ['SOFTWARE_TOKEN_MFA'] },
    user: ELIGIBLE,
    request: { SMSMfaSettings: { Enabled: true } },
    expected: { error: 'InvalidParameterException', message: 'User does not have delivery config set to turn on SMS_MFA' },
  },
  {
    name: 'row 2: a failing request applies nothing, not even its valid parts',
    user: { attributes: { phone_number: '+15555550100' } },
    request: { SMSMfaSettings: { Enabled: true, PreferredMfa: true }, EmailMfaSettings: { Enabled: true } },
    expected: { error: 'InvalidParameterException', message: 'User does not have delivery config set to turn on EMAIL_OTP' },
  },
  {
    name: 'row 3: disabling TOTP for a user without a verified software token',
    user: { attributes: ELIGIBLE.attributes, enabledMfa: ['SMS_MFA'] },
    request: { SMSMfaSettings: { Enabled: true }, SoftwareTokenMfaSettings: { Enabled: false } },
    expected: { error: 'InvalidParameterException', message: 'User has not set up software token mfa' },
  },
  {
    name: 'row 4: preferring X moves the preference; the old preferred factor stays enabled',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    request: { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
    expected: { enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
  },
  {
    name: 'row 5: PreferredMfa without Enabled prefers an enabled factor',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] },
    request: { SoftwareTokenMfaSettings: { PreferredMfa: true } },
    expected: { enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
  },
  {
    name: 'row 5: PreferredMfa without Enabled is refused for a factor that is not enabled',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] },
    request: { EmailMfaSettings: { PreferredMfa: true } },
    expected: { error: 'InvalidParameterException', message: 'Cannot set EMAIL_OTP as preferred because it is not enabled' },
  },
  {
    name: 'row 6: PreferredMfa:false on the preferred factor clears the preference',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: true, PreferredMfa: false } },
    expected: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: null },
  },
  {
    name: 'row 7: Enabled:true with PreferredMfa omitted clears the preference (unverified; docs/behaviour.md#unverified-behaviour)',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: true } },
    expected: { enabledMfa: ['SMS_MFA'], preferredMfa: null },
  },
  {
    name: 'row 7: the preference of another factor is kept',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    request: { EmailMfaSettings: { Enabled: true } },
    expected: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' },
  },
  {
    name: 'row 8: disabling the preferred factor disables it and clears the preference',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: false } },
    expected: { enabledMfa: ['EMAIL_OTP'], preferredMfa: null },
  },
  {
    name: 'row 9: Enabled:false with PreferredMfa:true is refused (unverified; docs/behaviour.md#unverified-behaviour)',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] },
    request: { SMSMfaSettings: { Enabled: false, PreferredMfa: true } },
    expected: { error: 'InvalidParameterException', message: 'Cannot set SMS_MFA as preferred while disabling it' },
  },
  {
    name: 'row 10: PreferredMfa:true on two factors is refused (unverified; docs/behaviour.md#unverified-behaviour)',
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] },
    request: {
      SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    },
    expected: { error: 'InvalidParameterException', message: 'Only one MFA factor can be set as preferred' },
  },
  {
    name: 'row 11: pool ON ignores Enabled:false but applies the preference (unverified; docs/behaviour.md#unverified-behaviour)',
    pool: { mfa: 'ON' },
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: false, PreferredMfa: false }, SoftwareTokenMfaSettings: { Enabled: false } },
    expected: { enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: null },
  },
  {
    name: 'row 11: pool ON still lets the user choose the preferred factor',
    pool: { mfa: 'ON' },
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: false }, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
    expected: { enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
  },
  {
    name: 'row 12: pool OFF refuses any enable',
    pool: { mfa: 'OFF' },
    user: ELIGIBLE,
    request: { SMSMfaSettings: { Enabled: true, PreferredMfa: false } },
    expected: { error: 'InvalidParameterException', message: 'MFA is not enabled for this user pool' },
  },
  {
    name: 'row 12: pool OFF still lets a factor be turned off',
    pool: { mfa: 'OFF' },
    user: { ...ELIGIBLE, enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    request: { SMSMfaSettings: { Enabled: false } },
    expected: { enabledMfa: [], preferredMfa: null },
  },
];

describe('SetUserMFAPreference (docs/behaviour.md#setusermfapreference-state-table)', () => {
  it.each(CASES)('$name', async ({ pool, user, request, expected }) => {
    const sim = createCognitoSimulator(pool);
    const { accessToken } = sim.addUser({ username: 'ada', ...user });
    const before = mfaOf(sim, 'ada');

    const response = await call(sim, 'SetUserMFAPreference', accessToken, request);

    if ('error' in expected) {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ __type: expected.error, message: expected.message });
      expect(mfaOf(sim, 'ada')).toEqual(before);
    } else {
      expect(response).toMatchObject({ status: 200, body: {} });
      expect(mfaOf(sim, 'ada')).toEqual(expected);
    }
  });

  it('row 12: AssociateSoftwareToken in a pool with MFA OFF answers SoftwareTokenMFANotFoundException', async () => {
    const sim = createCognitoSimulator({ mfa: 'OFF' });
    const { accessToken } = sim.addUser({ username: 'ada' });
    const response = await call(sim, 'AssociateSoftwareToken', accessToken);
    expect(response).toMatchObject({
      status: 400,
      body: {
        __type: 'SoftwareTokenMFANotFoundException',
        message: 'Software Token MFA has not been enabled by the userPool.',
      },
    });
  });

  it('rejects settings that are not objects of booleans with SerializationException', async () => {
    const sim = createCognitoSimulator();
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    for (const request of [{ SMSMfaSettings: 'yes' }, { SMSMfaSettings: { Enabled: 'true' } }]) {
      const response = await call(sim, 'SetUserMFAPreference', accessToken, request);
      expect(response).toMatchObject({ status: 400, body: { __type: 'SerializationException' } });
    }
  });
});
