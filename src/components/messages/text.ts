import type { CognitoError } from '../../cognito/errors.js';
import { isMfaFactor, type MfaIneligibility } from '../../cognito/mfa.js';
import { PASSKEY_MFA } from '../../cognito/passkeyMfa.js';
import type { AuthFactorType, MfaSettingValue } from '../../cognito/wire.js';
import type { CoreMessages, ErrorMessages, KnownSignInMethod, MfaErrorCategory } from './en.js';

const SIGN_IN_METHODS: readonly string[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] satisfies KnownSignInMethod[];

/** The display name of an MFA factor (passkey MFA included); a value the kit does not know is named generically. */
export function factorName(m: CoreMessages, value: MfaSettingValue): string {
  if (value === PASSKEY_MFA) return m['factor.WEB_AUTHN_MFA'];
  return isMfaFactor(value) ? m[`factor.${value}`] : m.otherMethod(value);
}

/** The display name of a sign-in method (`ConfiguredUserAuthFactors` value). */
export function signInName(m: CoreMessages, value: AuthFactorType): string {
  return SIGN_IN_METHODS.includes(value) ? m[`signIn.${value as KnownSignInMethod}`] : m.otherMethod(value);
}

/**
 * Why something failed, for the user. A refusal the kit predicted (its code is an ineligibility
 * reason) is explained as such; otherwise by category. Service wording is shown only for
 * errors the kit does not know, never token or request internals.
 */
export function errorReason(m: ErrorMessages, error: CognitoError): string {
  const reason = error.code as MfaIneligibility;
  if (error.category === 'not-allowed' && `blocked.${reason}` in m) return m[`blocked.${reason}`];
  const known = error.category === 'unknown' ? undefined : (m[`error.${error.category as MfaErrorCategory}`] as string | undefined);
  return known ?? m['error.unknown'](error.message);
}
