import { describe, expect, it } from 'vitest';
import { CognitoError } from './errors.js';
import {
  applyMfaIntent,
  buildMfaRequest,
  DEFAULT_POOL_CONFIG,
  enableIneligibility,
  type MfaContext,
  type MfaIntent,
} from './mfa.js';
import type { MfaState } from './model.js';

const optional: MfaContext = { pool: DEFAULT_POOL_CONFIG, totpRegistered: true };
const state = (enabled: MfaState['enabled'], preferred: MfaState['preferred'] = null): MfaState => ({ enabled, preferred });

describe('buildMfaRequest', () => {
  it.each<[string, MfaState, MfaIntent, object | null]>([
    ['enables a factor with explicit booleans and nothing else (row 1)', state([]), { type: 'enable', factor: 'SMS_MFA' }, { SMSMfaSettings: { Enabled: true, PreferredMfa: false } }],
    ['keeps an existing preference when re-enabling the preferred factor (row 7)', state(['SMS_MFA'], 'SMS_MFA'), { type: 'enable', factor: 'SMS_MFA' }, { SMSMfaSettings: { Enabled: true, PreferredMfa: true } }],
    ['enables and prefers in one request, leaving the old preferred factor alone (row 4)', state(['SMS_MFA'], 'SMS_MFA'), { type: 'enable', factor: 'EMAIL_OTP', preferred: true }, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } }],
    ['disables with PreferredMfa:false, never the rejected Enabled:false+PreferredMfa:true (rows 8, 9)', state(['SMS_MFA'], 'SMS_MFA'), { type: 'disable', factor: 'SMS_MFA' }, { SMSMfaSettings: { Enabled: false, PreferredMfa: false } }],
    ['sends nothing to disable TOTP that is not enabled (row 3)', state(['SMS_MFA']), { type: 'disable', factor: 'SOFTWARE_TOKEN_MFA' }, null],
    ['prefers an enabled factor (row 5, with Enabled sent explicitly)', state(['SMS_MFA', 'EMAIL_OTP']), { type: 'prefer', factor: 'EMAIL_OTP' }, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } }],
    ['clears the preference by re-sending Enabled:true with PreferredMfa:false (row 6)', state(['SOFTWARE_TOKEN_MFA'], 'SOFTWARE_TOKEN_MFA'), { type: 'clear-preference' }, { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false } }],
    ['sends nothing to clear a preference that is not set', state(['SMS_MFA']), { type: 'clear-preference' }, null],
  ])('%s', (_name, current, intent, expected) => {
    expect(buildMfaRequest(current, intent, optional)).toEqual(expected);
  });

  it.each<[string, MfaContext, MfaState, MfaIntent, string]>([
    ['refuses to enable TOTP before a software token is verified (docs/behaviour.md#totp-registration)', { ...optional, totpRegistered: false }, state([]), { type: 'enable', factor: 'SOFTWARE_TOKEN_MFA' }, 'totp-not-set-up'],
    ['refuses to enable anything in a pool with MFA off (row 12)', { ...optional, pool: { mfa: 'OFF', factors: [] } }, state([]), { type: 'enable', factor: 'SMS_MFA' }, 'mfa-off'],
    ['refuses a factor the pool does not offer', { ...optional, pool: { mfa: 'OPTIONAL', factors: ['SMS_MFA'] } }, state([]), { type: 'enable', factor: 'EMAIL_OTP' }, 'not-offered'],
    ['refuses to disable under a required-MFA pool, where the service would ignore it (row 11)', { ...optional, pool: { mfa: 'ON', factors: DEFAULT_POOL_CONFIG.factors } }, state(['SMS_MFA', 'EMAIL_OTP']), { type: 'disable', factor: 'SMS_MFA' }, 'required-by-pool'],
    ['refuses to prefer a factor that is not enabled', optional, state(['SMS_MFA']), { type: 'prefer', factor: 'EMAIL_OTP' }, 'not-enabled'],
    ['refuses to clear a preference for a factor value it does not know', optional, state(['WEB_AUTHN_MFA'], 'WEB_AUTHN_MFA'), { type: 'clear-preference' }, 'unknown-factor'],
  ])('%s', (_name, context, current, intent, code) => {
    const attempt = () => buildMfaRequest(current, intent, context);
    expect(attempt).toThrow(CognitoError);
    expect(attempt).toThrow(expect.objectContaining({ code, category: 'not-allowed' }) as Error);
  });
});

describe('applyMfaIntent', () => {
  it('predicts the state the simulator and service hold after each intent', () => {
    let current = state([]);
    current = applyMfaIntent(current, { type: 'enable', factor: 'SMS_MFA' });
    expect(current).toEqual(state(['SMS_MFA']));
    current = applyMfaIntent(current, { type: 'enable', factor: 'EMAIL_OTP', preferred: true });
    expect(current).toEqual(state(['SMS_MFA', 'EMAIL_OTP'], 'EMAIL_OTP'));
    current = applyMfaIntent(current, { type: 'prefer', factor: 'SMS_MFA' });
    expect(current).toEqual(state(['SMS_MFA', 'EMAIL_OTP'], 'SMS_MFA'));
    current = applyMfaIntent(current, { type: 'disable', factor: 'SMS_MFA' });
    expect(current).toEqual(state(['EMAIL_OTP'], null));
    current = applyMfaIntent(current, { type: 'enable', factor: 'EMAIL_OTP', preferred: true });
    current = applyMfaIntent(current, { type: 'clear-preference' });
    expect(current).toEqual(state(['EMAIL_OTP'], null));
  });

  it('keeps unknown enabled values and other fields untouched', () => {
    const user = { username: 'ada', enabled: ['WEB_AUTHN_MFA'], preferred: null };
    expect(applyMfaIntent(user, { type: 'enable', factor: 'SMS_MFA' })).toEqual({
      username: 'ada',
      enabled: ['WEB_AUTHN_MFA', 'SMS_MFA'],
      preferred: null,
    });
  });
});

describe('enableIneligibility', () => {
  it.each([
    ['SMS_MFA', { email: null, phoneNumber: null }, 'no-phone'],
    ['EMAIL_OTP', { email: null, phoneNumber: { value: '+15550100', verified: false } }, 'no-email'],
    ['SMS_MFA', { email: null, phoneNumber: { value: '+15550100', verified: false } }, null],
  ] as const)('explains why %s cannot be turned on for a user with %o: %s', (factor, user, reason) => {
    expect(enableIneligibility(factor, user, optional)).toBe(reason);
  });

  it('reports a factor the service refused earlier in the session as unavailable', () => {
    const user = { email: { value: 'a@example.com', verified: true }, phoneNumber: null };
    expect(enableIneligibility('EMAIL_OTP', user, optional, new Set(['EMAIL_OTP']))).toBe('unavailable');
  });
});
