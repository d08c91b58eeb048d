/** Passkey MFA (`WebAuthnMfaSettings`) in SetUserMFAPreference: spec §3 row 15, account spec §8. */
import { CognitoFault } from './protocol.js';

/** The value GetUser lists in `UserMFASettingList` while passkey MFA is on [?] (reported by a third-party codebase). */
export const WEB_AUTHN_MFA = 'WEB_AUTHN_MFA';

const invalid = (message: string) => new CognitoFault('InvalidParameterException', message);

/**
 * Throws what the service answers to `WebAuthnMfaSettings: {Enabled: true}`: the pool must use
 * MULTI_FACTOR_WITH_USER_VERIFICATION, the user must have a passkey [?], and the same request
 * must turn on another factor — a request that carries only the WebAuthn setting is refused even
 * when another factor is on already (reported by a third-party codebase, not verified).
 */
export function validateWebAuthnMfa(
  pool: { passkeyMfa: boolean },
  user: { passkeyCount: number },
  enablesAnotherFactor: boolean,
): void {
  if (!pool.passkeyMfa) throw invalid('WebAuthn MFA is not configured for this user pool');
  if (!enablesAnotherFactor) throw invalid('WebAuthn MFA requires enabling an additional MFA setting.');
  if (user.passkeyCount === 0) throw invalid('User does not have a registered passkey'); // [?] wording
}
