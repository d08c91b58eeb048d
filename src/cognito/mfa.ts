import { CognitoError } from './errors.js';
import type { CognitoUser, MfaState } from './model.js';
import type { MfaFactor, MfaSettingsType, SetUserMfaPreferenceInput } from './wire.js';

/** The MFA factors the kit manages, in their default display order. */
export const MFA_FACTORS: readonly MfaFactor[] = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'];

/**
 * What the app knows about its user pool. A user's token cannot read pool settings
 * (docs/behaviour.md#pool-settings), so the app says them; the default suits most pools.
 */
export interface PoolMfaConfig {
  /** The pool's `MfaConfiguration`. Default `'OPTIONAL'`. */
  mfa: 'OFF' | 'OPTIONAL' | 'ON';
  /** The factors the pool offers. Default all three. */
  factors: readonly MfaFactor[];
  /**
   * Users may turn on passkey MFA (`WebAuthnMfaSettings`): the pool's WebAuthn
   * `FactorConfiguration` is MULTI_FACTOR_WITH_USER_VERIFICATION. Default `false`.
   */
  passkeyMfa?: boolean;
}

export const DEFAULT_POOL_CONFIG: PoolMfaConfig = { mfa: 'OPTIONAL', factors: MFA_FACTORS };

/** One change a user asks for. The kit turns it into a request that follows the service's rules. */
export type MfaIntent =
  | { type: 'enable'; factor: MfaFactor; /** Also make it preferred (`true`) or stop preferring it (`false`). */ preferred?: boolean }
  | { type: 'disable'; factor: MfaFactor }
  | { type: 'prefer'; factor: MfaFactor }
  | { type: 'clear-preference' };

/** Why a factor cannot be turned on (or off) right now. */
export type MfaIneligibility =
  | 'mfa-off'
  | 'not-offered'
  | 'unavailable'
  | 'no-phone'
  | 'no-email'
  | 'totp-not-set-up'
  | 'required-by-pool';

export interface MfaContext {
  pool: PoolMfaConfig;
  /** Whether the user has a verified software token (only partly visible: docs/behaviour.md#totp-registration). */
  totpRegistered: boolean;
}

/** The SetUserMFAPreference field that carries each factor's settings. */
export const SETTINGS_KEY = {
  SMS_MFA: 'SMSMfaSettings',
  SOFTWARE_TOKEN_MFA: 'SoftwareTokenMfaSettings',
  EMAIL_OTP: 'EmailMfaSettings',
} as const satisfies Record<MfaFactor, keyof SetUserMfaPreferenceInput>;

export function isMfaFactor(value: string | null | undefined): value is MfaFactor {
  return value != null && Object.hasOwn(SETTINGS_KEY, value);
}

const refuse = (code: string, factor: string) =>
  new CognitoError(`Cannot change ${factor}: ${code}.`, { code, category: 'not-allowed' });

function request(factor: MfaFactor, settings: Required<MfaSettingsType>): SetUserMfaPreferenceInput {
  return { [SETTINGS_KEY[factor]]: settings };
}

/** Why `factor` cannot be turned on for this user, or `null` when it can. */
export function enableIneligibility(
  factor: MfaFactor,
  user: Pick<CognitoUser, 'email' | 'phoneNumber'> | undefined,
  context: MfaContext,
  unavailable: ReadonlySet<string> = new Set(),
): MfaIneligibility | null {
  if (context.pool.mfa === 'OFF') return 'mfa-off';
  if (!context.pool.factors.includes(factor)) return 'not-offered';
  if (unavailable.has(factor)) return 'unavailable';
  if (factor === 'SMS_MFA' && user && !user.phoneNumber) return 'no-phone';
  if (factor === 'EMAIL_OTP' && user && !user.email) return 'no-email';
  if (factor === 'SOFTWARE_TOKEN_MFA' && !context.totpRegistered) return 'totp-not-set-up';
  return null;
}

/** Why an enabled `factor` cannot be turned off, or `null` when it can. */
export function disableIneligibility(context: MfaContext): MfaIneligibility | null {
  // docs/behaviour.md#mfa-row-11: under a required-MFA pool the service ignores Enabled:false.
  return context.pool.mfa === 'ON' ? 'required-by-pool' : null;
}

/**
 * Builds the SetUserMFAPreference request for an intent, following docs/behaviour.md#setusermfapreference-state-table:
 * explicit booleans always (docs/behaviour.md#mfa-row-6, #mfa-row-7), only the factor that changes (docs/behaviour.md#mfa-row-1), never TOTP
 * settings for a user without a verified software token (docs/behaviour.md#mfa-row-3). Returns `null` when the
 * intent changes nothing. Throws a `not-allowed` CognitoError for what the service would
 * refuse or silently ignore.
 */
export function buildMfaRequest(
  state: MfaState,
  intent: MfaIntent,
  context: MfaContext,
): SetUserMfaPreferenceInput | null {
  switch (intent.type) {
    case 'enable': {
      const reason = enableIneligibility(intent.factor, undefined, context);
      if (reason) throw refuse(reason, intent.factor);
      const preferred = intent.preferred ?? state.preferred === intent.factor;
      return request(intent.factor, { Enabled: true, PreferredMfa: preferred });
    }
    case 'disable': {
      if (!state.enabled.includes(intent.factor)) return null;
      const reason = disableIneligibility(context);
      if (reason) throw refuse(reason, intent.factor);
      return request(intent.factor, { Enabled: false, PreferredMfa: false });
    }
    case 'prefer': {
      if (!state.enabled.includes(intent.factor)) {
        throw refuse('not-enabled', intent.factor);
      }
      return request(intent.factor, { Enabled: true, PreferredMfa: true });
    }
    case 'clear-preference': {
      if (state.preferred === null) return null;
      if (!isMfaFactor(state.preferred)) {
        throw refuse('unknown-factor', state.preferred);
      }
      return request(state.preferred, { Enabled: true, PreferredMfa: false });
    }
  }
}

/** The MFA state the service will hold once `intent` succeeds (used for optimistic updates). */
export function applyMfaIntent<T extends MfaState>(state: T, intent: MfaIntent): T {
  const { enabled, preferred } = state;
  switch (intent.type) {
    case 'enable': {
      const next = enabled.includes(intent.factor) ? enabled : [...enabled, intent.factor];
      const keep = intent.preferred === undefined ? preferred : intent.preferred ? intent.factor : preferred === intent.factor ? null : preferred;
      return { ...state, enabled: next, preferred: keep };
    }
    case 'disable':
      return {
        ...state,
        enabled: enabled.filter((factor) => factor !== intent.factor),
        preferred: preferred === intent.factor ? null : preferred,
      };
    case 'prefer':
      return { ...state, preferred: intent.factor };
    case 'clear-preference':
      return { ...state, preferred: null };
  }
}
