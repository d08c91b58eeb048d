/**
 * Sign-in: InitiateAuth (USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH) and RespondToAuthChallenge for
 * the MFA challenges a password sign-in meets (cognito-spec.md §3, "Sign-in effect"). These carry
 * no access token: the simulator serves them before any token check. Tokens come from the same
 * store as every other token, so every other operation accepts them, and GlobalSignOut-style
 * revocation (`TokenStore.revokeAll`) revokes the refresh tokens too.
 *
 * Not simulated: SRP, USER_AUTH (choice-based), custom auth, NEW_PASSWORD_REQUIRED, MFA_SETUP
 * answers, device tracking, secret hashes (an app client with a secret), failed-sign-in lockout.
 */
import type { ChallengeName, InitiateAuthOutput, SignInOperationName } from '../../cognito/auth.js';
import { CognitoFault } from '../protocol.js';
import { randomBase64Url } from '../random.js';
import { verifyTotpCode } from '../totp.js';
import type { SimulatorContext, UserRecord } from './context.js';
import { maskAsCognito } from './contacts.js';
import { passwordMatches } from './password.js';

/** Serves one sign-in operation: no user is authenticated yet. */
export type SignInHandler = (input: Record<string, unknown>) => Promise<object> | object;

/** How long a challenge's `Session` is valid (the service's default, 3 minutes). */
export const AUTH_SESSION_TTL_MS = 3 * 60_000;
/** Wrong MFA codes one session accepts before it is spent [?]. */
export const AUTH_SESSION_ATTEMPTS = 3;
/** Lifetime of the access and ID tokens a sign-in issues (the service's default, one hour). */
const TOKEN_LIFETIME_SECONDS = 3600;

interface PendingChallenge {
  username: string;
  sub: string;
  challenge: ChallengeName;
  /** The code sent by SMS or email for SMS_MFA / EMAIL_OTP. */
  code?: string;
  expiresAt: number;
  wrongCodes: number;
}

/** The ChallengeResponses field that carries each MFA challenge's code. */
const CODE_FIELDS = { SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE', SMS_MFA: 'SMS_MFA_CODE', EMAIL_OTP: 'EMAIL_OTP_CODE' } as const;

const invalid = (message: string) => new CognitoFault('InvalidParameterException', message);
const incorrect = () => new CognitoFault('NotAuthorizedException', 'Incorrect username or password.');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requiredString(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || value === '') {
    const field = key.charAt(0).toLowerCase() + key.slice(1);
    throw invalid(`1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function parameters(input: Record<string, unknown>, key: 'AuthParameters' | 'ChallengeResponses'): Record<string, unknown> {
  const value = input[key];
  return isRecord(value) ? value : {};
}

function parameter(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') throw invalid(`Missing required parameter ${name}`);
  return value;
}

function sixDigits(): string {
  const [word = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return String(word % 1_000_000).padStart(6, '0');
}

export function authOperations({ pool, tokens, users }: SimulatorContext): { readonly [K in SignInOperationName]: SignInHandler } {
  const sessions = new Map<string, PendingChallenge>();

  function checkClient(input: Record<string, unknown>): void {
    const clientId = requiredString(input, 'ClientId');
    if (clientId !== pool.clientId) throw new CognitoFault('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  }

  function signedIn(user: UserRecord, withRefreshToken: boolean): InitiateAuthOutput {
    return {
      ChallengeParameters: {},
      AuthenticationResult: {
        AccessToken: tokens.issue(user, { expiresInSeconds: TOKEN_LIFETIME_SECONDS }),
        ExpiresIn: TOKEN_LIFETIME_SECONDS,
        TokenType: 'Bearer',
        ...(withRefreshToken && { RefreshToken: tokens.issueRefreshToken(user) }),
        IdToken: tokens.issueIdToken(user, TOKEN_LIFETIME_SECONDS),
      },
    };
  }

  /** The MFA factors this sign-in must pass, as the pool and the user's settings decide. */
  function mfaChallenge(user: UserRecord): ChallengeName | null {
    if (pool.mfa === 'OFF') return null;
    const enabled = user.enabledMfa.filter((factor) => pool.factors.includes(factor));
    if (user.preferredMfa !== null && enabled.includes(user.preferredMfa)) return user.preferredMfa;
    if (enabled.length > 1) return 'SELECT_MFA_TYPE';
    if (enabled[0]) return enabled[0];
    // Under ON, a verified software token challenges even when not enabled (spec §3, "Sign-in effect").
    if (pool.mfa === 'ON') return user.totpSecret !== null ? 'SOFTWARE_TOKEN_MFA' : 'MFA_SETUP';
    return null;
  }

  /** Starts a challenge: a Session, and for SMS and email a code in the outbox. */
  function challenge(user: UserRecord, name: ChallengeName): InitiateAuthOutput {
    const Session = randomBase64Url(96);
    const pending: PendingChallenge = {
      username: user.username,
      sub: user.sub,
      challenge: name,
      expiresAt: pool.now() + AUTH_SESSION_TTL_MS,
      wrongCodes: 0,
    };
    let ChallengeParameters: Record<string, string> = { USER_ID_FOR_SRP: user.username };
    if (name === 'SMS_MFA' || name === 'EMAIL_OTP') {
      const attribute = name === 'SMS_MFA' ? 'phone_number' : 'email';
      const medium = name === 'SMS_MFA' ? 'SMS' : 'EMAIL';
      const destination = user.attributes[attribute];
      if (!destination) throw invalid(`User does not have delivery config set to turn on ${name}`);
      pending.code = sixDigits();
      user.contacts.outbox.push({ username: user.username, attribute, medium, destination, code: pending.code, sentAt: pool.now() });
      ChallengeParameters = {
        ...ChallengeParameters,
        CODE_DELIVERY_DELIVERY_MEDIUM: medium,
        CODE_DELIVERY_DESTINATION: maskAsCognito(destination),
      };
    } else if (name === 'SELECT_MFA_TYPE') {
      ChallengeParameters = { ...ChallengeParameters, MFAS_CAN_CHOOSE: JSON.stringify(user.enabledMfa) };
    }
    sessions.set(Session, pending);
    return { ChallengeName: name, Session, ChallengeParameters };
  }

  function passwordAuth(params: Record<string, unknown>): InitiateAuthOutput {
    const username = parameter(params, 'USERNAME');
    const password = parameter(params, 'PASSWORD');
    const user = users.get(username);
    if (!user) {
      // With PreventUserExistenceErrors ENABLED (the default for app clients since 2020) an
      // unknown user reads exactly like a wrong password; LEGACY says UserNotFoundException.
      if (pool.preventUserExistenceErrors) throw incorrect();
      throw new CognitoFault('UserNotFoundException', 'User does not exist.');
    }
    if (!passwordMatches(user, password)) throw incorrect();
    const mfa = mfaChallenge(user);
    return mfa ? challenge(user, mfa) : signedIn(user, true);
  }

  function refreshAuth(params: Record<string, unknown>): InitiateAuthOutput {
    const result = tokens.authenticateRefreshToken(parameter(params, 'REFRESH_TOKEN'));
    if ('rejection' in result) throw new CognitoFault('NotAuthorizedException', result.rejection);
    const user = users.get(result.username);
    // The user was deleted (DeleteUser) or the name now belongs to someone else [?: message].
    if (user?.sub !== result.sub) throw new CognitoFault('NotAuthorizedException', 'Refresh Token has been revoked');
    // No rotation: the app keeps the refresh token it has.
    return signedIn(user, false);
  }

  async function answer(pending: PendingChallenge, user: UserRecord, responses: Record<string, unknown>): Promise<InitiateAuthOutput> {
    const name = pending.challenge;
    if (name === 'SELECT_MFA_TYPE') {
      const choice = parameter(responses, 'ANSWER');
      if (!(user.enabledMfa as string[]).includes(choice)) throw invalid(`Invalid MFA type ${choice}`);
      return challenge(user, choice);
    }
    const field = (CODE_FIELDS as Partial<Record<string, string>>)[name];
    if (!field) throw invalid(`The simulator does not answer the ${name} challenge`);
    const code = parameter(responses, field);
    const right =
      name === 'SOFTWARE_TOKEN_MFA'
        ? user.totpSecret !== null && (await verifyTotpCode(user.totpSecret, code, pool.now()))
        : code === pending.code;
    if (!right) {
      pending.wrongCodes += 1;
      throw new CognitoFault('CodeMismatchException', 'Invalid code received for user');
    }
    return signedIn(user, true);
  }

  return {
    InitiateAuth: (input) => {
      checkClient(input);
      const flow = requiredString(input, 'AuthFlow');
      const params = parameters(input, 'AuthParameters');
      if (flow === 'USER_PASSWORD_AUTH') return passwordAuth(params);
      // REFRESH_TOKEN is the service's older name for the same flow.
      if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') return refreshAuth(params);
      throw invalid(`${flow} flow not enabled for this client`);
    },

    RespondToAuthChallenge: async (input) => {
      checkClient(input);
      const name = requiredString(input, 'ChallengeName');
      const session = requiredString(input, 'Session');
      const pending = sessions.get(session);
      if (!pending || pending.expiresAt <= pool.now() || pending.wrongCodes >= AUTH_SESSION_ATTEMPTS) {
        sessions.delete(session);
        throw new CognitoFault('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      }
      const responses = parameters(input, 'ChallengeResponses');
      if (name !== pending.challenge) throw invalid(`Invalid challenge name ${name}; the session expects ${pending.challenge}`);
      if (parameter(responses, 'USERNAME') !== pending.username) throw incorrect();
      const user = users.get(pending.username);
      if (user?.sub !== pending.sub) throw incorrect();
      const output = await answer(pending, user, responses);
      // A session answers once: success or a new challenge spends it.
      sessions.delete(session);
      return output;
    },
  };
}
