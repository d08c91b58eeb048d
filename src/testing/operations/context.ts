/** What the simulator's per-domain operation modules share: the user record and the pool. */
import type { CognitoOperationName } from '../../cognito/operations.js';
import type { MfaFactor } from '../../cognito/wire.js';
import type { ResolvedPoolConfig } from '../simulator.js';
import type { TokenStore } from '../tokens.js';
import { hasPassword, type PasswordState } from './password.js';
import type { ContactRecord } from './contacts.js';
import type { SimulatedDevice } from './devices.js';
import type { PendingWebAuthnChallenge, SimulatedPasskey } from './passkeys.js';

/**
 * One simulated user. Core fields first, then each domain's fields under a comment naming the
 * module that owns them (`operations/<domain>.ts`), which also initialises them in `addUser`.
 */
export interface UserRecord {
  username: string;
  sub: string;
  attributes: Record<string, string>;
  configuredAuthFactors: string[];
  // operations/mfa.ts
  enabledMfa: MfaFactor[];
  preferredMfa: MfaFactor | null;
  totpSecret: string | null;
  pendingTotpSecret: string | null;
  // operations/password.ts
  password: PasswordState;
  // operations/contacts.ts
  contacts: ContactRecord;
  // operations/passkeys.ts
  passkeys: SimulatedPasskey[];
  webAuthnChallenge: PendingWebAuthnChallenge | null;
  /** Passkey MFA (`WebAuthnMfaSettings`), listed as `WEB_AUTHN_MFA` [?]. */
  webAuthnMfa: boolean;
  // operations/devices.ts
  /** Tracked devices, oldest first (ListDevices' order [?]). */
  devices: SimulatedDevice[];
}

/** The pool and its stores, as the operation modules see them. */
export interface SimulatorContext {
  readonly pool: ResolvedPoolConfig;
  readonly tokens: TokenStore;
  readonly users: Map<string, UserRecord>;
}

/** Serves one operation for an authenticated user: resolves with the output, or throws a `CognitoFault`. */
export type OperationHandler = (user: UserRecord, input: Record<string, unknown>) => Promise<object> | object;

/** The handlers one domain module contributes. */
export type DomainOperations<Op extends CognitoOperationName> = { readonly [K in Op]: OperationHandler };

/** `ConfiguredUserAuthFactors` as the service derives it from the user's state. */
export function configuredAuthFactors(user: UserRecord): string[] {
  // PASSWORD is listed exactly while the user has a password, and WEB_AUTHN while the user has a
  // passkey (account spec §8), whatever the spec listed.
  const factors = user.configuredAuthFactors.filter((factor) => factor !== 'PASSWORD' && factor !== 'WEB_AUTHN');
  if (hasPassword(user)) factors.unshift('PASSWORD');
  if (user.passkeys.length > 0) factors.push('WEB_AUTHN');
  if (user.totpSecret !== null && !factors.includes('SOFTWARE_TOKEN')) factors.push('SOFTWARE_TOKEN');
  return factors;
}
