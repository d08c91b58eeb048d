/** SetUserMFAPreference as a pure function of pool, user and request: docs/behaviour.md#setusermfapreference-state-table, rows 1–12. */
import type { MfaFactor } from '../cognito/wire.js';
import { validateWebAuthnMfa } from './passkeyMfa.js';
import { CognitoFault } from './protocol.js';

/** Every MFA factor, in the order the simulator lists them in `UserMFASettingList`. */
export const MFA_FACTORS: readonly MfaFactor[] = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

/** `factors` without duplicates, in {@link MFA_FACTORS} order. */
export function inFactorOrder(factors: Iterable<MfaFactor>): MfaFactor[] {
  const present = new Set(factors);
  return MFA_FACTORS.filter((factor) => present.has(factor));
}

const SETTINGS_KEYS: ReadonlyArray<readonly [string, MfaFactor]> = [
  ['SMSMfaSettings', 'SMS_MFA'],
  ['SoftwareTokenMfaSettings', 'SOFTWARE_TOKEN_MFA'],
  ['EmailMfaSettings', 'EMAIL_OTP'],
];

export interface MfaPool {
  mfa: 'OFF' | 'OPTIONAL' | 'ON';
  factors: readonly MfaFactor[];
  emailMfaAvailable: boolean;
  passkeyMfa: boolean;
}

export interface MfaUser {
  attributes: Readonly<Record<string, string>>;
  enabledMfa: readonly MfaFactor[];
  preferredMfa: MfaFactor | null;
  totpVerified: boolean;
  webAuthnMfa: boolean;
  passkeyCount: number;
}

export interface MfaChoice {
  enabledMfa: MfaFactor[];
  preferredMfa: MfaFactor | null;
  webAuthnMfa: boolean;
}

interface Fragment {
  factor: MfaFactor;
  enabled: boolean | undefined;
  preferred: boolean | undefined;
}

const invalid = (message: string) => new CognitoFault('InvalidParameterException', message);

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  throw new CognitoFault('SerializationException', `${field} must be a boolean`);
}

function readSettings(input: Record<string, unknown>, key: string): { Enabled?: unknown; PreferredMfa?: unknown } | null {
  const value = input[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new CognitoFault('SerializationException', `${key} must be an object`);
  }
  return value;
}

/** `WebAuthnMfaSettings.Enabled`, when the request carries it. */
function webAuthnMfaRequest(input: Record<string, unknown>): boolean | undefined {
  const settings = readSettings(input, 'WebAuthnMfaSettings');
  return settings ? optionalBoolean(settings.Enabled, 'WebAuthnMfaSettings.Enabled') : undefined;
}

function parseFragments(input: Record<string, unknown>): Fragment[] {
  const fragments: Fragment[] = [];
  for (const [key, factor] of SETTINGS_KEYS) {
    const settings = readSettings(input, key);
    // Row 1: an omitted settings object leaves that factor unchanged.
    if (!settings) continue;
    fragments.push({
      factor,
      enabled: optionalBoolean(settings.Enabled, `${key}.Enabled`),
      preferred: optionalBoolean(settings.PreferredMfa, `${key}.PreferredMfa`),
    });
  }
  return fragments;
}

/** Whether the user and pool can turn `factor` on (docs/behaviour.md#mfa-factor-requirements). */
function canTurnOn(pool: MfaPool, user: MfaUser, factor: MfaFactor): boolean {
  if (!pool.factors.includes(factor)) return false;
  switch (factor) {
    case 'SMS_MFA':
      return Boolean(user.attributes.phone_number);
    case 'SOFTWARE_TOKEN_MFA':
      return user.totpVerified;
    case 'EMAIL_OTP':
      return pool.emailMfaAvailable && Boolean(user.attributes.email);
  }
}

/** Throws the fault Cognito would answer, before anything is applied (a failing request changes nothing). */
function validate(pool: MfaPool, user: MfaUser, fragments: readonly Fragment[], input: Record<string, unknown>): void {
  if (fragments.filter((fragment) => fragment.preferred === true).length > 1) {
    throw invalid('Only one MFA factor can be set as preferred'); // Row 10.
  }
  if (webAuthnMfaRequest(input)) {
    validateWebAuthnMfa(pool, user, fragments.some((fragment) => fragment.enabled === true)); // Row 15.
  }
  for (const { factor, enabled, preferred } of fragments) {
    if (enabled === false && preferred === true) {
      throw invalid(`Cannot set ${factor} as preferred while disabling it`); // Row 9.
    }
    if (pool.mfa === 'OFF' && (enabled === true || preferred === true)) {
      throw invalid('MFA is not enabled for this user pool'); // Row 12.
    }
    const totpRegistered = user.totpVerified || user.enabledMfa.includes('SOFTWARE_TOKEN_MFA');
    if (factor === 'SOFTWARE_TOKEN_MFA' && enabled === false && !totpRegistered) {
      throw invalid('User has not set up software token mfa'); // Row 3.
    }
    if (enabled === true && !canTurnOn(pool, user, factor)) {
      // Row 2, also for a factor the pool does not offer (or, for email, cannot send).
      throw invalid(`User does not have delivery config set to turn on ${factor}`);
    }
    if (preferred === true && enabled === undefined && !user.enabledMfa.includes(factor)) {
      // Row 5 covers an enabled factor; preferring a disabled one without enabling it is refused.
      throw invalid(`Cannot set ${factor} as preferred because it is not enabled`);
    }
  }
}

/**
 * Applies a SetUserMFAPreference request to a user, or throws the CognitoFault the service
 * would answer. Follows docs/behaviour.md#setusermfapreference-state-table rows 1–12, using docs/behaviour.md#unverified-behaviour where the service is unconfirmed.
 */
export function applyMfaPreference(pool: MfaPool, user: MfaUser, input: Record<string, unknown>): MfaChoice {
  const fragments = parseFragments(input);
  validate(pool, user, fragments, input);

  const enabled = new Set(user.enabledMfa);
  let preferred = user.preferredMfa;
  for (const fragment of fragments) {
    // Row 11: in a pool where MFA is required, Enabled:false is ignored.
    const turnsOff = fragment.enabled === false && pool.mfa !== 'ON';
    if (fragment.enabled === true) enabled.add(fragment.factor);
    if (turnsOff) enabled.delete(fragment.factor);
    const dropsPreference =
      turnsOff || // Row 8.
      fragment.preferred === false || // Row 6.
      (fragment.enabled === true && fragment.preferred === undefined); // Row 7 (unverified: clear it, docs/behaviour.md#mfa-row-7).
    if (preferred === fragment.factor && dropsPreference) preferred = null;
  }
  // Rows 4 and 5: the new preference wins; the previously preferred factor stays enabled.
  const chosen = fragments.find((fragment) => fragment.preferred === true);
  if (chosen) preferred = chosen.factor;

  // Passkey MFA needs another factor [?]: it goes when the last one does.
  const webAuthnMfa = enabled.size > 0 && (webAuthnMfaRequest(input) ?? user.webAuthnMfa);
  return { enabledMfa: inFactorOrder(enabled), preferredMfa: preferred, webAuthnMfa };
}
