/** Password and account: ChangePassword and DeleteUser (account spec §10). */
import { resolvePasswordPolicy, unmetPasswordRules, type PasswordRule } from '../../cognito/password.js';
import { CognitoFault } from '../protocol.js';
import { randomBase64Url } from '../random.js';
import { sha256Hex } from '../sha256.js';
import type { DomainOperations, SimulatorContext, UserRecord } from './context.js';

/**
 * A user's password, kept only as salted digests. `digests` holds the current password first,
 * then earlier ones (newest first) for the history rule; it is empty for a passwordless user.
 */
export interface PasswordState {
  salt: string;
  digests: string[];
  /** Wrong `PreviousPassword`s in a row. */
  failedAttempts: number;
  /** Until when (simulator `now()`, ms) ChangePassword answers LimitExceededException; 0 when not locked. */
  lockedUntil: number;
}

/** Wrong previous passwords in a row after which ChangePassword is locked [?: ~5, as for sign-in]. */
export const PASSWORD_ATTEMPT_LIMIT = 5;
/** How long ChangePassword stays locked after too many wrong previous passwords [?]. */
export const PASSWORD_LOCKOUT_MS = 15 * 60_000;
/** The service allows at most 24 remembered passwords; one more is the current one. */
const MAX_DIGESTS = 25;

/** InvalidPasswordException messages for ChangePassword (SignUp words them "Password did not conform with policy"). */
export const INVALID_PASSWORD_MESSAGES: Readonly<Record<PasswordRule, string>> = {
  length: 'Password does not conform to policy: Password not long enough',
  uppercase: 'Password does not conform to policy: Password must have uppercase characters',
  lowercase: 'Password does not conform to policy: Password must have lowercase characters',
  number: 'Password does not conform to policy: Password must have numeric characters',
  symbol: 'Password does not conform to policy: Password must have symbol characters',
};

const digestOf = (salt: string, password: string) => sha256Hex(`${salt}\u0000${password}`);

/**
 * A user's password state from a spec or patch: a string sets the password, `null` removes it.
 * Without one, PASSWORD among `factors` means a password the test never learns, and its
 * absence a passwordless user. `ConfiguredUserAuthFactors` lists PASSWORD exactly while the
 * user has one (`configuredAuthFactors` in context.ts).
 */
export function passwordFromSpec(password: string | null | undefined, factors: readonly string[], previous?: PasswordState): PasswordState {
  const state: PasswordState = previous
    ? { ...previous, digests: [...previous.digests] }
    : { salt: randomBase64Url(16), digests: [], failedAttempts: 0, lockedUntil: 0 };
  if (typeof password === 'string') state.digests.unshift(digestOf(state.salt, password));
  else if (password === null || !factors.includes('PASSWORD')) state.digests = [];
  else if (state.digests.length === 0) state.digests.unshift(digestOf(state.salt, randomBase64Url(24)));
  return state;
}

/** Whether `password` is the user's current password (InitiateAuth USER_PASSWORD_AUTH). */
export const passwordMatches = (user: Pick<UserRecord, 'password'>, password: string): boolean =>
  user.password.digests[0] !== undefined && digestOf(user.password.salt, password) === user.password.digests[0];

/** Whether the user has a password (passwordless sign-up users have none). */
export const hasPassword = (user: Pick<UserRecord, 'password'>): boolean => user.password.digests.length > 0;

const validationError = (field: string, constraint: string) =>
  new CognitoFault('InvalidParameterException', `1 validation error detected: Value ${constraint.startsWith('Member must not') ? 'null ' : ''}at '${field}' failed to satisfy constraint: ${constraint}`);

/** The request's password field: the service checks type and length (1–256) and never echoes the value. */
function passwordField(input: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const value = input[key];
  const field = key.charAt(0).toLowerCase() + key.slice(1);
  if (value === undefined || value === null) {
    if (required) throw validationError(field, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'string') throw new CognitoFault('SerializationException', `Unexpected value type for ${key}`);
  if (value.length < 1) throw validationError(field, 'Member must have length greater than or equal to 1');
  if (value.length > 256) throw validationError(field, 'Member must have length less than or equal to 256');
  return value;
}

function checkPreviousPassword(user: UserRecord, previous: string | undefined, now: number): void {
  const state = user.password;
  if (state.lockedUntil > now) {
    throw new CognitoFault('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  }
  if (state.lockedUntil !== 0) Object.assign(state, { lockedUntil: 0, failedAttempts: 0 });
  const current = state.digests[0];
  if (current === undefined) {
    // Passwordless users set their first password without a previous one [?: with one, as wrong].
    if (previous === undefined) return;
  } else if (previous === undefined) {
    // The API model made PreviousPassword optional for passwordless users only [?: exact message].
    throw validationError('previousPassword', 'Member must not be null');
  } else if (digestOf(state.salt, previous) === current) {
    state.failedAttempts = 0;
    return;
  }
  state.failedAttempts += 1;
  if (state.failedAttempts >= PASSWORD_ATTEMPT_LIMIT) state.lockedUntil = now + PASSWORD_LOCKOUT_MS;
  // The message Cognito sends on the wire (amplify-js #1580): only it tells this apart from a token error.
  throw new CognitoFault('NotAuthorizedException', 'Incorrect username or password.');
}

export function passwordOperations({ pool, users }: SimulatorContext): DomainOperations<'ChangePassword' | 'DeleteUser'> {
  return {
    ChangePassword: (user, input) => {
      const proposed = passwordField(input, 'ProposedPassword', true) ?? '';
      const previous = passwordField(input, 'PreviousPassword', false);
      // Order [?]: the previous password is checked before the new one is judged.
      checkPreviousPassword(user, previous, pool.now());
      const policy = resolvePasswordPolicy(pool.passwordPolicy);
      const [unmet] = unmetPasswordRules(proposed, policy);
      if (unmet) throw new CognitoFault('InvalidPasswordException', INVALID_PASSWORD_MESSAGES[unmet]);
      const digest = digestOf(user.password.salt, proposed);
      if (user.password.digests.slice(0, policy.passwordHistorySize).includes(digest)) {
        throw new CognitoFault('PasswordHistoryPolicyViolationException', 'The password cannot be one of the previous passwords.');
      }
      // A passwordless user now has one, and PASSWORD among its configured factors.
      user.password.digests = [digest, ...user.password.digests].slice(0, MAX_DIGESTS);
      // ChangePassword leaves other sessions signed in [?] (account spec §10).
      return {};
    },

    DeleteUser: (user) => {
      // Its tokens stop working with it: the core answers UserNotFoundException for a token whose user is gone.
      users.delete(user.username);
      return {};
    },
  };
}
