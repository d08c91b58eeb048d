/** What the simulator's per-domain operation modules share: the user record and the pool. */
import type { CognitoOperationName } from '../../cognito/operations.js';
import type { MfaFactor } from '../../cognito/wire.js';
import type { ResolvedPoolConfig } from '../simulator.js';
import type { TokenStore } from '../tokens.js';
import { hasPassword, type PasswordState } from './password.js';
import type { ContactRecord } from './contacts.js';

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
  // PASSWORD is listed exactly while the user has a password, whatever the spec listed.
  const factors = user.configuredAuthFactors.filter((factor) => factor !== 'PASSWORD');
  if (hasPassword(user)) factors.unshift('PASSWORD');
  if (user.totpSecret !== null && !factors.includes('SOFTWARE_TOKEN')) factors.push('SOFTWARE_TOKEN');
  return factors;
}
