import { CognitoError, isCognitoError, notAuthorizedReason, toCognitoError } from './errors.js';
import type { AuthFactors, CognitoUser } from './model.js';
import { parseEmpty, parseGetUser, parseGetUserAuthFactors } from './parse.js';
import { isTokenExpired, readTokenClaims } from './token.js';
import type { CognitoTransport, SendOptions } from './transport.js';
import { operationTraits, type CognitoOperationName, type CognitoOperations } from './operations.js';
import type { SetUserMfaPreferenceInput } from './wire.js';

type MaybePromise<T> = T | Promise<T>;

export interface TokenSource {
  /** Returns the current access token (sync or async). Called before every request. */
  getAccessToken: () => MaybePromise<string | null | undefined>;
  /**
   * Refreshes the session. Resolve with the new access token, or with nothing and the kit
   * calls `getAccessToken` again. Reject when the refresh token is no longer valid; a refresh
   * that leaves the expired token in place ends the session too (replaying it would only fail).
   */
  refreshAccessToken?: () => MaybePromise<string | null | undefined | void>;
  /** Called once when the session cannot be recovered (revoked token, failed refresh). */
  onSessionExpired?: (error: CognitoError) => void;
}

export interface CognitoClientOptions extends TokenSource {
  transport: CognitoTransport;
  /**
   * The user this client acts for (the token's `sub`). When set, a token that belongs to
   * someone else is refused, so one user's data never lands under another user's cache key.
   */
  userId?: string;
}

/** Typed Cognito calls with token handling: refresh once and replay once on an expired token. */
export interface CognitoClient {
  getUser(options?: SendOptions): Promise<CognitoUser>;
  getUserAuthFactors(options?: SendOptions): Promise<AuthFactors>;
  setUserMfaPreference(input: SetUserMfaPreferenceInput, options?: SendOptions): Promise<void>;
  /**
   * Sends any operation with the same token handling and resolves with its raw JSON output;
   * the typed calls above and in `softwareToken.ts` are built on it.
   */
  call<Op extends CognitoOperationName>(
    operation: Op,
    input: CognitoOperations[Op]['input'],
    options?: SendOptions,
  ): Promise<unknown>;
  /**
   * Ends the session on purpose (after GlobalSignOut, say): `onSessionExpired` is called with
   * `error`, once, as for a revoked token, and answers to requests sent before are dropped.
   */
  endSession(error: CognitoError): void;
}

const sessionExpired = (cause?: unknown, code = 'SessionExpired') =>
  new CognitoError(code === 'SessionExpired' ? 'The session has expired: sign in again.' : 'No access token: the user is not signed in.', {
    code,
    category: 'session-expired',
    cause,
  });

export function createCognitoClient(options: CognitoClientOptions): CognitoClient {
  let notified = false;
  // Counts ended sessions: a request sent before the session ended must neither deliver its
  // answer into a cleared cache nor count as proof of a new session.
  let session = 0;
  let endedWith = sessionExpired();

  const expire = (error: CognitoError): CognitoError => {
    if (!notified) {
      notified = true;
      session++;
      endedWith = error;
      options.onSessionExpired?.(error);
    }
    return error;
  };

  // One refresh at a time per client, and one per expired token: every request that met an
  // expiry (read ahead of time from `exp`, or answered "expired") while a refresh is running
  // waits for that one, so a rotating refresh token is used once (docs/behaviour.md#token-refresh).
  // Its outcome is kept until another token expires.
  let lastRefresh: { stale: string; token: Promise<string>; settled: boolean } | undefined;

  function refresh(stale: string, cause: unknown): Promise<string> {
    if (lastRefresh && (!lastRefresh.settled || lastRefresh.stale === stale)) return lastRefresh.token;
    const current = { stale, token: runRefresh(stale, cause), settled: false };
    const settle = () => {
      current.settled = true;
    };
    current.token.then(settle, settle);
    lastRefresh = current;
    return current.token;
  }

  async function runRefresh(stale: string, cause: unknown): Promise<string> {
    let token: string | null | undefined | void;
    if (options.refreshAccessToken) {
      try {
        token = (await options.refreshAccessToken()) || (await options.getAccessToken());
      } catch (error) {
        cause = error;
      }
    }
    // No refresh, a failed one, or one that gave no new token (replaying the expired one
    // could only fail again): only signing in again helps.
    if (!token || token === stale) throw expire(sessionExpired(cause));
    return token;
  }

  async function currentToken(): Promise<string> {
    let token: string | null | undefined;
    try {
      token = await options.getAccessToken();
    } catch (error) {
      throw expire(sessionExpired(error, 'NoAccessToken'));
    }
    if (!token) throw expire(sessionExpired(undefined, 'NoAccessToken'));
    if (isTokenExpired(token) && options.refreshAccessToken) token = await refresh(token, undefined);
    const { sub } = readTokenClaims(token);
    if (options.userId !== undefined && sub !== undefined && sub !== options.userId) {
      throw new CognitoError('The access token belongs to another user than `userId`.', {
        code: 'UserMismatch',
        category: 'configuration',
      });
    }
    return token;
  }

  async function call<Op extends CognitoOperationName>(
    operation: Op,
    input: CognitoOperations[Op]['input'],
    sendOptions?: SendOptions,
  ): Promise<unknown> {
    const send = (AccessToken: string) => options.transport.send(operation, { ...input, AccessToken }, sendOptions);
    const started = session;
    try {
      let result: unknown;
      const token = await currentToken();
      try {
        result = await send(token);
      } catch (error) {
        const expired =
          isCognitoError(error) && error.code === 'NotAuthorizedException' && notAuthorizedReason(error.message) === 'expired';
        if (!expired) throw error;
        // The expired call had no effect (docs/behaviour.md#token-refresh): refresh once and replay once.
        result = await send(await refresh(token, error));
      }
      if (session !== started) throw endedWith;
      notified = false;
      return result;
    } catch (error) {
      const failure = toCognitoError(error);
      // DeleteUser sent again after a lost answer: the account is gone, as asked.
      if (failure.code === 'UserNotFoundException' && operationTraits(operation).userNotFound === 'done' && session === started) return {};
      // Revoked, expired again, UserNotFound, PasswordResetRequired…: the kit tells the
      // user to sign in again, and the app hears it too, once.
      throw failure.category === 'session-expired' && session === started ? expire(failure) : failure;
    }
  }

  const none = {};
  return {
    getUser: async (o) => parseGetUser(await call('GetUser', none, o)),
    getUserAuthFactors: async (o) => parseGetUserAuthFactors(await call('GetUserAuthFactors', none, o)),
    setUserMfaPreference: async (input, o) => parseEmpty('SetUserMFAPreference', await call('SetUserMFAPreference', input, o)),
    call,
    endSession: (error) => void expire(error),
  };
}
