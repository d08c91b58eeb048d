/**
 * A stateful, in-memory Cognito user pool that answers the kit's self-service operations exactly as
 * the wire protocol does (docs/behaviour.md#wire-protocol, #getuser-and-getuserauthfactors, #setusermfapreference-state-table, #access-tokens). Pure: no Node or browser APIs beyond Web Crypto,
 * so it runs in Node, jsdom and a real browser.
 */
import { SIGN_IN_OPERATIONS, type SignInOperationName } from '../cognito/auth.js';
import { OPERATIONS, type CognitoOperationName } from '../cognito/operations.js';
import { resolvePasswordPolicy, type PasswordPolicy } from '../cognito/password.js';
import type { ContactAttribute } from '../cognito/contacts.js';
import type { MfaFactor } from '../cognito/wire.js';
import { inFactorOrder, MFA_FACTORS } from './mfa.js';
import { newContactRecord, readOutbox, type DeliveredCode } from './operations/contacts.js';
import { configuredAuthFactors, type UserRecord } from './operations/context.js';
import { deviceFromSpec, type DeviceSpec, type SimulatedDevice } from './operations/devices.js';
import { createOperations, createSignInOperations } from './operations/index.js';
import { hasPassword, passwordFromSpec } from './operations/password.js';
import { passkeyFromSpec, type PasskeySpec, type PendingWebAuthnChallenge, type SimulatedPasskey } from './operations/passkeys.js';
import {
  CognitoFault,
  errorCodeOf,
  faultResponse,
  jsonResponse,
  malformedResponse,
  networkErrorResponse,
  type SimulatorResponse,
} from './protocol.js';
import { randomUuid } from './random.js';
import { TokenStore, type IssueTokenOptions } from './tokens.js';
import { randomBase32Secret } from './totp.js';

/** The operations the simulator serves: every operation the kit sends. */
export const SIMULATED_OPERATIONS = Object.keys(OPERATIONS) as readonly CognitoOperationName[];

/** The name of an operation the simulator serves. */
export type SimulatedOperation = CognitoOperationName;

/** User-pool settings a signed-in user cannot see but that change the service's answers (docs/behaviour.md#pool-settings). */
export interface PoolConfig {
  /**
   * The app client's PreventUserExistenceErrors: `true` (ENABLED, the default for new clients)
   * answers a sign-in of an unknown user with NotAuthorizedException "Incorrect username or
   * password."; `false` (LEGACY) with UserNotFoundException. Default `true`.
   */
  preventUserExistenceErrors?: boolean;
  /** The pool's MfaConfiguration. Default `'OPTIONAL'`. */
  mfa?: 'OFF' | 'OPTIONAL' | 'ON';
  /** The MFA factors the pool offers. Default all three. */
  factors?: readonly MfaFactor[];
  /** Whether email MFA can work at all (Essentials/Plus tier, SES configured). Default `true`. */
  emailMfaAvailable?: boolean;
  /**
   * `UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`: for these attributes a
   * changed value waits, unseen by GetUser, until VerifyUserAttribute confirms it; the original
   * value stays in place. Others change at once, unverified. Default both (AWS's recommendation).
   */
  attributesRequireVerificationBeforeUpdate?: readonly ContactAttribute[];
  /** Default `'us-east-1'`. */
  region?: string;
  /** Default `'{region}_Simulated'`; appears in the tokens' `iss`. */
  userPoolId?: string;
  /** App client id written into the tokens' `client_id`. Default `'simulatedclient'`. */
  clientId?: string;
  /** The clock, in epoch milliseconds, used for token expiry, TOTP and the call log. Default `Date.now`. */
  now?: () => number;
  /**
   * The pool's password policy, checked by ChangePassword (operations/password.ts). Default
   * Cognito's: 8 characters, upper- and lower-case letters, a digit and a symbol; no history.
   */
  passwordPolicy?: Partial<PasswordPolicy>;
  // Passkeys (operations/passkeys.ts)
  /** Whether passkey sign-in is on (WEB_AUTHN an allowed first factor, Essentials tier). Default `true`; off → WebAuthnNotEnabledException. */
  passkeys?: boolean;
  /** The WebAuthn relying-party id (the pool's domain). Default `'localhost'`; `null` → WebAuthnConfigurationMissingException. */
  relyingPartyId?: string | null;
  /**
   * Origins a registration may come from (`:*` any port, `*.` any subdomain); others get
   * WebAuthnOriginNotAllowedException. Default `http://localhost:*` and `https://{relyingPartyId}:*`.
   */
  webAuthnOrigins?: readonly string[];
  /** The `timeout` of the creation options, in ms. Default 60000 (the service's example). */
  webAuthnTimeout?: number;
  /** The pool's WebAuthn `FactorConfiguration` is MULTI_FACTOR_WITH_USER_VERIFICATION, so users may turn on passkey MFA. Default `false`. */
  passkeyMfa?: boolean;
  // Devices (operations/devices.ts)
  /**
   * Whether the pool tracks devices (`DeviceConfiguration`). Default `true`; off → ListDevices,
   * UpdateDeviceStatus and ForgetDevice answer InvalidUserPoolConfigurationException [?].
   */
  deviceTracking?: boolean;
}

/** {@link PoolConfig} with every default filled in. */
export type ResolvedPoolConfig = Readonly<Required<PoolConfig>>;

/** A user to create with {@link CognitoSimulator.addUser}. */
export interface UserSpec {
  username: string;
  /**
   * The user's password (kept only as a salted digest). Without it, a user whose
   * `configuredAuthFactors` list PASSWORD (the default) has a password no test knows, and one
   * whose factors lack PASSWORD has none (passwordless sign-up).
   */
  password?: string;
  /** Attributes such as `email` and `phone_number`; `sub` is added by the simulator. */
  attributes?: Record<string, string>;
  /** Enabled MFA factors. Enabling SOFTWARE_TOKEN_MFA without `totpSecret` generates a verified secret. */
  enabledMfa?: readonly MfaFactor[];
  /** Must be one of `enabledMfa`. Default none. */
  preferredMfa?: MfaFactor | null;
  /** Base32 secret of an already verified software token (compute codes with `generateTotpCode`). */
  totpSecret?: string;
  /**
   * `ConfiguredUserAuthFactors`, default `['PASSWORD']`. `SOFTWARE_TOKEN` is appended automatically
   * while the user has a verified software token.
   */
  configuredAuthFactors?: readonly string[];
  /** Default a random UUID. */
  sub?: string;
  /** Passkeys the user already has. `WEB_AUTHN` in `configuredAuthFactors` without any gives the user one. */
  passkeys?: readonly PasskeySpec[];
  /** Passkey MFA (`WebAuthnMfaSettings`) is on. Default `false`. */
  webAuthnMfa?: boolean;
  /** Tracked devices (as after an SRP sign-in and ConfirmDevice), oldest first. Default none. */
  devices?: readonly DeviceSpec[];
}

/** A created user and a valid access token for it. */
export interface SimulatedUser {
  username: string;
  sub: string;
  accessToken: string;
}

/** A snapshot of a user's state (a copy: changing it changes nothing). */
export interface SimulatedUserState {
  username: string;
  sub: string;
  attributes: Record<string, string>;
  /** The user has a password (never the password itself). */
  hasPassword: boolean;
  enabledMfa: MfaFactor[];
  preferredMfa: MfaFactor | null;
  /** A software token is verified and active. False again right after a re-association (docs/behaviour.md#mfa-row-13). */
  totpVerified: boolean;
  /** The active (verified) software-token secret. */
  totpSecret: string | null;
  /** The secret from AssociateSoftwareToken that VerifySoftwareToken has not confirmed yet. */
  pendingTotpSecret: string | null;
  configuredAuthFactors: string[];
  /** New email / phone number values waiting for verification (pools that keep the original until then). */
  pendingAttributes: Partial<Record<ContactAttribute, string>>;
  passkeys: SimulatedPasskey[];
  /** The challenge of the last StartWebAuthnRegistration, until it is used or expires. */
  webAuthnChallenge: PendingWebAuthnChallenge | null;
  webAuthnMfa: boolean;
  devices: SimulatedDevice[];
}

/** Changes for {@link CognitoSimulator.updateUser}. Attributes are merged; an empty value deletes one. */
export interface UserPatch {
  attributes?: Record<string, string>;
  /** A new password; `null` makes the user passwordless. */
  password?: string | null;
  enabledMfa?: readonly MfaFactor[];
  preferredMfa?: MfaFactor | null;
  /** `null` removes the verified software token. */
  totpSecret?: string | null;
  configuredAuthFactors?: readonly string[];
  /** Replaces the user's passkeys. */
  passkeys?: readonly PasskeySpec[];
  webAuthnMfa?: boolean;
  /** Replaces the user's tracked devices. */
  devices?: readonly DeviceSpec[];
}

/**
 * How the next call of an operation fails: a Cognito exception (status 400, or 500 for
 * InternalErrorException, unless given), `'network'` (no answer) or `'malformed'` (200, non-JSON body).
 */
export type SimulatedFailure = { code: string; message?: string; status?: number } | 'network' | 'malformed';

/** One entry of the call log. */
export interface SimulatedCall {
  operation: string;
  /** The request body, with every secret field (`AccessToken`, passwords, codes) replaced by `'<redacted>'`. */
  input: Record<string, unknown>;
  /** HTTP status; 0 for a simulated network failure. */
  status: number;
  errorCode?: string;
  /** `now()` when the simulator handled the call. */
  at: number;
}

/** A simulated Cognito user pool. Create one with {@link createCognitoSimulator}. */
export interface CognitoSimulator {
  /** The pool configuration, defaults filled in. */
  readonly pool: ResolvedPoolConfig;
  /** Creates a user and issues it an access token. Throws if the username is taken. */
  addUser(spec: UserSpec): SimulatedUser;
  /** Issues another access token for an existing user (after a "refresh", say). */
  issueToken(username: string, options?: IssueTokenOptions): string;
  /** Makes one token answer NotAuthorizedException "Access Token has expired". */
  expireToken(token: string): void;
  /** Makes every token of the user answer NotAuthorizedException "Access Token has been revoked". */
  revokeTokens(username: string): void;
  /** A copy of a user's state. Throws for an unknown user. */
  getUserState(username: string): SimulatedUserState;
  /** Changes a user between steps of a test. Throws for an unknown user or a preference that is not enabled. */
  updateUser(username: string, patch: UserPatch): void;
  /** Delays answers of one operation (or all, with `'*'`) by `ms`, applied by the MSW handlers and the server. */
  setLatency(operation: SimulatedOperation | '*', ms: number): void;
  /** The latency currently set for an operation. */
  latencyOf(operation: string): number;
  /** Queues a failure for the next call of `operation`; several calls queue several failures. */
  failNext(operation: SimulatedOperation, failure: SimulatedFailure): void;
  /**
   * Verification codes the pool sent by SMS or email (UpdateUserAttributes,
   * GetUserAttributeVerificationCode), oldest first: only `username`'s when given. Copies.
   */
  outbox(username?: string): DeliveredCode[];
  /** The newest code sent to a user for an attribute. Throws when none was sent. */
  lastCode(username: string, attribute: ContactAttribute): string;
  /** Every call handled since the last reset, oldest first (a copy). */
  readonly calls: readonly SimulatedCall[];
  /** Empties the call log. */
  resetCalls(): void;
  /** Removes every user, token, latency, queued failure and call. */
  reset(): void;
  /**
   * Handles one operation. `body` is the parsed JSON input or the raw request text. Latency is not
   * applied here (the serving layers apply it).
   */
  handle(operation: string, body: unknown): Promise<SimulatorResponse>;
}

const DEFAULT_FAILURE_MESSAGES: Record<string, string> = {
  TooManyRequestsException: 'Rate exceeded',
  LimitExceededException: 'Attempt limit exceeded, please try after some time.',
  InternalErrorException: 'Internal server error.',
  NotAuthorizedException: 'Invalid Access Token',
  CodeMismatchException: 'Invalid code received for user',
  EnableSoftwareTokenMFAException: 'Code mismatch and fail enable Software Token MFA',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOperation = (operation: string): operation is SimulatedOperation =>
  (SIMULATED_OPERATIONS as readonly string[]).includes(operation);

const isSignInOperation = (operation: string): operation is SignInOperationName =>
  (SIGN_IN_OPERATIONS as readonly string[]).includes(operation);

/** The request body as an object, or null when it is not a JSON object. */
function parseBody(body: unknown): Record<string, unknown> | null {
  if (typeof body !== 'string') return isRecord(body) ? body : null;
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Request fields that carry secrets: tokens, passwords, one-time codes, sign-in credentials.
 * The call log keeps that they were sent, never their value.
 */
export const SECRET_FIELDS: readonly string[] = [
  'AccessToken',
  'RefreshToken',
  'Session',
  'PreviousPassword',
  'ProposedPassword',
  'Password',
  'Code',
  'UserCode',
  'ConfirmationCode',
];

/** Sign-in parameter maps: every entry but these is a secret (PASSWORD, REFRESH_TOKEN, SECRET_HASH, *_CODE…). */
const PARAMETER_MAPS = ['AuthParameters', 'ChallengeResponses'];
const PUBLIC_PARAMETERS = ['USERNAME', 'ANSWER'];

function redact(input: Record<string, unknown> | null): Record<string, unknown> {
  if (!input) return {};
  const copy = structuredClone(input);
  for (const field of SECRET_FIELDS) if (field in copy) copy[field] = '<redacted>';
  for (const field of PARAMETER_MAPS) {
    const map = copy[field];
    if (!isRecord(map)) continue;
    for (const key of Object.keys(map)) if (!PUBLIC_PARAMETERS.includes(key)) map[key] = '<redacted>';
  }
  return copy;
}

function assertConsistent(user: UserRecord): void {
  if (user.preferredMfa !== null && !user.enabledMfa.includes(user.preferredMfa)) {
    throw new Error(`preferredMfa ${user.preferredMfa} must be one of enabledMfa for user "${user.username}"`);
  }
}

/** Creates an empty simulated user pool. */
export function createCognitoSimulator(config: PoolConfig = {}): CognitoSimulator {
  const region = config.region ?? 'us-east-1';
  const pool: ResolvedPoolConfig = {
    preventUserExistenceErrors: config.preventUserExistenceErrors ?? true,
    mfa: config.mfa ?? 'OPTIONAL',
    factors: [...(config.factors ?? MFA_FACTORS)],
    emailMfaAvailable: config.emailMfaAvailable ?? true,
    attributesRequireVerificationBeforeUpdate: [...(config.attributesRequireVerificationBeforeUpdate ?? ['email', 'phone_number'])],
    region,
    userPoolId: config.userPoolId ?? `${region}_Simulated`,
    clientId: config.clientId ?? 'simulatedclient',
    now: config.now ?? (() => Date.now()),
    passwordPolicy: resolvePasswordPolicy(config.passwordPolicy),
    passkeys: config.passkeys ?? true,
    relyingPartyId: config.relyingPartyId === undefined ? 'localhost' : config.relyingPartyId,
    webAuthnOrigins: [...(config.webAuthnOrigins ?? ['http://localhost:*', `https://${config.relyingPartyId ?? 'localhost'}:*`])],
    webAuthnTimeout: config.webAuthnTimeout ?? 60_000,
    passkeyMfa: config.passkeyMfa ?? false,
    deviceTracking: config.deviceTracking ?? true,
  };
  const tokens = new TokenStore(
    `https://cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`,
    pool.clientId,
    pool.now,
  );
  const users = new Map<string, UserRecord>();
  const latencies = new Map<string, number>();
  const failures = new Map<string, SimulatedFailure[]>();
  let calls: SimulatedCall[] = [];

  /** The passkeys a spec gives; WEB_AUTHN as a configured factor implies one. */
  function passkeysOf(specs: readonly PasskeySpec[] | undefined, factors?: readonly string[]): SimulatedPasskey[] {
    const given = specs ?? (factors?.includes('WEB_AUTHN') ? [{}] : []);
    return given.map((spec) => passkeyFromSpec(spec, pool));
  }

  function userOf(username: string): UserRecord {
    const user = users.get(username);
    if (!user) throw new Error(`No simulated user "${username}"`);
    return user;
  }

  function authenticate(input: Record<string, unknown>): UserRecord {
    const token = input.AccessToken;
    if (typeof token !== 'string' || token === '') {
      throw new CognitoFault(
        'InvalidParameterException',
        "1 validation error detected: Value null at 'accessToken' failed to satisfy constraint: Member must not be null",
      );
    }
    const result = tokens.authenticate(token);
    if ('rejection' in result) throw new CognitoFault('NotAuthorizedException', result.rejection);
    const user = users.get(result.username);
    // The user deleted itself (DeleteUser) or another user took the name: Cognito answers as for
    // a user that does not exist [?] (account spec §10; UserNotFound ends the session, spec §5).
    if (user?.sub !== result.sub) throw new CognitoFault('UserNotFoundException', 'User does not exist.');
    return user;
  }

  const operations = createOperations({ pool, tokens, users });
  const signInOperations = createSignInOperations({ pool, tokens, users });

  async function run(operation: string, input: Record<string, unknown> | null): Promise<SimulatorResponse> {
    try {
      if (!isOperation(operation)) {
        throw new CognitoFault('UnknownOperationException', `Unknown operation ${operation || '(no X-Amz-Target)'}`);
      }
      if (!input) throw new CognitoFault('SerializationException', 'The request body is not a JSON object');
      // Sign-in carries no access token.
      if (isSignInOperation(operation)) return jsonResponse(await signInOperations[operation](input));
      return jsonResponse(await operations[operation](authenticate(input), input));
    } catch (error) {
      if (error instanceof CognitoFault) return faultResponse(error);
      throw error;
    }
  }

  function failureResponse(failure: SimulatedFailure): SimulatorResponse {
    if (failure === 'network') return networkErrorResponse();
    if (failure === 'malformed') return malformedResponse();
    const message = failure.message ?? DEFAULT_FAILURE_MESSAGES[failure.code] ?? `Simulated ${failure.code}`;
    return faultResponse(new CognitoFault(failure.code, message, failure.status));
  }

  return {
    pool,

    addUser(spec) {
      if (users.has(spec.username)) throw new Error(`Simulated user "${spec.username}" already exists`);
      const enabledMfa = inFactorOrder(spec.enabledMfa ?? []);
      const user: UserRecord = {
        username: spec.username,
        sub: spec.sub ?? randomUuid(),
        attributes: { ...spec.attributes },
        password: passwordFromSpec(spec.password, spec.configuredAuthFactors ?? ['PASSWORD']),
        enabledMfa,
        preferredMfa: spec.preferredMfa ?? null,
        totpSecret: spec.totpSecret ?? (enabledMfa.includes('SOFTWARE_TOKEN_MFA') ? randomBase32Secret() : null),
        pendingTotpSecret: null,
        configuredAuthFactors: [...(spec.configuredAuthFactors ?? ['PASSWORD'])],
        contacts: newContactRecord(),
        passkeys: passkeysOf(spec.passkeys, spec.configuredAuthFactors),
        webAuthnChallenge: null,
        webAuthnMfa: spec.webAuthnMfa ?? false,
        devices: (spec.devices ?? []).map((device) => deviceFromSpec(device, pool)),
      };
      assertConsistent(user);
      users.set(user.username, user);
      return { username: user.username, sub: user.sub, accessToken: tokens.issue(user) };
    },

    issueToken(username, options) {
      return tokens.issue(userOf(username), options);
    },

    expireToken(token) {
      tokens.expire(token);
    },

    revokeTokens(username) {
      tokens.revokeAll(userOf(username).username);
    },

    getUserState(username) {
      const { password, contacts, ...user } = structuredClone(userOf(username));
      return {
        ...user,
        hasPassword: hasPassword({ password }),
        totpVerified: user.totpSecret !== null,
        configuredAuthFactors: configuredAuthFactors({ ...user, password, contacts }),
        pendingAttributes: contacts.pending,
      };
    },

    updateUser(username, patch) {
      const user = userOf(username);
      const merged = { ...user.attributes, ...patch.attributes };
      const next: UserRecord = {
        ...user,
        attributes: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')),
        password:
          patch.password === undefined && !patch.configuredAuthFactors
            ? user.password
            : passwordFromSpec(patch.password, patch.configuredAuthFactors ?? configuredAuthFactors(user), user.password),
        enabledMfa: patch.enabledMfa ? inFactorOrder(patch.enabledMfa) : user.enabledMfa,
        preferredMfa: patch.preferredMfa === undefined ? user.preferredMfa : patch.preferredMfa,
        totpSecret: patch.totpSecret === undefined ? user.totpSecret : patch.totpSecret,
        configuredAuthFactors: patch.configuredAuthFactors ? [...patch.configuredAuthFactors] : user.configuredAuthFactors,
        passkeys: patch.passkeys ? passkeysOf(patch.passkeys) : user.passkeys,
        webAuthnMfa: patch.webAuthnMfa ?? user.webAuthnMfa,
        devices: patch.devices ? patch.devices.map((device) => deviceFromSpec(device, pool)) : user.devices,
      };
      assertConsistent(next);
      Object.assign(user, next);
    },

    setLatency(operation, ms) {
      latencies.set(operation, ms);
    },

    latencyOf(operation) {
      return latencies.get(operation) ?? latencies.get('*') ?? 0;
    },

    failNext(operation, failure) {
      failures.set(operation, [...(failures.get(operation) ?? []), failure]);
    },

    outbox(username) {
      if (username !== undefined) userOf(username);
      return readOutbox(users.values(), username);
    },

    lastCode(username, attribute) {
      const sent = readOutbox([userOf(username)]).filter((message) => message.attribute === attribute);
      const last = sent.at(-1);
      if (!last) throw new Error(`No verification code was sent to ${username}'s ${attribute}`);
      return last.code;
    },

    get calls() {
      return calls.map((call) => structuredClone(call));
    },

    resetCalls() {
      calls = [];
    },

    reset() {
      users.clear();
      tokens.clear();
      latencies.clear();
      failures.clear();
      calls = [];
    },

    async handle(operation, body) {
      const input = parseBody(body);
      const failure = failures.get(operation)?.shift();
      const response = failure ? failureResponse(failure) : await run(operation, input);
      const errorCode = errorCodeOf(response);
      calls.push({
        operation,
        input: redact(input),
        status: response.status,
        ...(errorCode !== undefined && { errorCode }),
        at: pool.now(),
      });
      return response;
    },
  };
}
