// Passkey MFA: SetUserMFAPreference's `WebAuthnMfaSettings {Enabled}` (account spec §8).
import { isMfaFactor, SETTINGS_KEY, type PoolMfaConfig } from './mfa.js';
import type { MfaState } from './model.js';
import type { SetUserMfaPreferenceInput } from './wire.js';

/**
 * How GetUser lists passkey MFA in `UserMFASettingList` [?]: not in the service model; reported
 * by a third-party codebase that turned it on against the real service.
 */
export const PASSKEY_MFA = 'WEB_AUTHN_MFA';

/** Why passkey MFA cannot be turned on: no passkey yet, or no other MFA factor on. */
export type PasskeyMfaIneligibility = 'no-passkey' | 'no-other-factor';

/** Whether the app said its pool lets users turn on passkey MFA (`pool.passkeyMfa`, and MFA not off). */
export function passkeyMfaOffered(pool: PoolMfaConfig): boolean {
  return pool.passkeyMfa === true && pool.mfa !== 'OFF';
}

export function isPasskeyMfaOn(state: MfaState): boolean {
  return state.enabled.includes(PASSKEY_MFA);
}

/**
 * Why passkey MFA cannot be turned on, or `null`: the service needs a passkey and "at least one
 * other MFA method such as SMS, TOTP, or email activated" (model text).
 */
export function passkeyMfaIneligibility(state: MfaState, passkeyCount: number): PasskeyMfaIneligibility | null {
  if (passkeyCount === 0) return 'no-passkey';
  if (!state.enabled.some(isMfaFactor)) return 'no-other-factor';
  return null;
}

/**
 * The SetUserMFAPreference request that turns passkey MFA on or off. It re-sends every enabled
 * factor's settings with its current preference: a request carrying only `WebAuthnMfaSettings`
 * is refused ("WebAuthn MFA requires enabling an additional MFA setting.") even when another
 * factor is on (reported by a third-party codebase, not verified), and explicit booleans keep
 * the preference as it is (spec rows 6–7).
 */
export function buildPasskeyMfaRequest(state: MfaState, enabled: boolean): SetUserMfaPreferenceInput {
  const request: SetUserMfaPreferenceInput = { WebAuthnMfaSettings: { Enabled: enabled } };
  for (const factor of state.enabled.filter(isMfaFactor)) {
    request[SETTINGS_KEY[factor]] = { Enabled: true, PreferredMfa: state.preferred === factor };
  }
  return request;
}
