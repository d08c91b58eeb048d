import { operationTraits } from './operations.js';

/**
 * What went wrong, in terms a settings page can act on.
 * - `session-expired`: the user must sign in again.
 * - `not-allowed`: the service refused this change for this user or pool (ineligible).
 * - `invalid-code`: a one-time code was wrong.
 * - `throttled`: too many requests; waiting helps.
 * - `network`: the request never got an answer (offline, aborted, timed out).
 * - `unavailable`: the service failed (5xx); trying again later may help.
 * - `malformed-response`: the service answered with something the kit cannot read.
 * - `configuration`: the app is set up wrongly (token scopes, endpoint, pool).
 * - `wrong-password`: the current password given to ChangePassword is wrong (the session stays).
 * - `invalid-password`: a new password breaks the pool's policy or history rule.
 * - `conflict`: the value belongs to another account (AliasExistsException).
 * - `delivery-failed`: Cognito could not send the code (CodeDeliveryFailureException).
 * - `unknown`: an exception the kit does not know; its name and message are kept.
 */
export type CognitoErrorCategory =
  | 'session-expired'
  | 'not-allowed'
  | 'invalid-code'
  | 'throttled'
  | 'network'
  | 'unavailable'
  | 'malformed-response'
  | 'configuration'
  | 'wrong-password'
  | 'invalid-password'
  | 'conflict'
  | 'delivery-failed'
  | 'unknown';

export interface CognitoErrorOptions {
  /** The Cognito exception name (`__type`), or a kit code such as `NetworkError`. */
  code: CognitoErrorCode;
  category: CognitoErrorCategory;
  /** HTTP status, when the service answered. */
  status?: number;
  /** Whether sending the same request again may succeed. */
  retryable?: boolean;
  cause?: unknown;
}

/** The one error type the kit throws: every transport and hook rejects with it. */
export class CognitoError extends Error {
  override readonly name = 'CognitoError';
  /** The Cognito exception name (`__type`, kept even when unknown), or a {@link KitErrorCode}. */
  readonly code: CognitoErrorCode;
  readonly category: CognitoErrorCategory;
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(message: string, options: CognitoErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.category = options.category;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
  }
}

/**
 * Whether a failed change may still have been applied: the request got no readable answer
 * (network, 5xx, malformed). Every other failure means Cognito did not apply it.
 */
export function isOutcomeUnknown(error: CognitoError): boolean {
  return ['network', 'unavailable', 'malformed-response', 'unknown'].includes(error.category);
}

export function isCognitoError(error: unknown): error is CognitoError {
  return error instanceof CognitoError;
}

/** Every Cognito exception the kit maps to a category. Any other name is kept, as `unknown`. */
const CATEGORY_OF = {
  // Ineligible or refused for this user or pool.
  ForbiddenException: 'not-allowed',
  InvalidParameterException: 'not-allowed',
  SoftwareTokenMFANotFoundException: 'not-allowed',
  OperationNotEnabledException: 'not-allowed',
  UserLambdaValidationException: 'not-allowed',
  WebAuthnChallengeNotFoundException: 'not-allowed',
  WebAuthnCredentialNotSupportedException: 'not-allowed',
  // The app or pool is set up wrongly.
  InvalidUserPoolConfigurationException: 'configuration',
  ResourceNotFoundException: 'configuration',
  InvalidSmsRoleAccessPolicyException: 'configuration',
  InvalidSmsRoleTrustRelationshipException: 'configuration',
  InvalidEmailRoleAccessPolicyException: 'configuration',
  InvalidLambdaResponseException: 'configuration',
  UnexpectedLambdaException: 'configuration',
  WebAuthnNotEnabledException: 'configuration',
  WebAuthnConfigurationMissingException: 'configuration',
  WebAuthnRelyingPartyMismatchException: 'configuration',
  WebAuthnClientMismatchException: 'configuration',
  WebAuthnOriginNotAllowedException: 'configuration',
  // Authentication failures end the session (docs/behaviour.md#errors-that-mean-sign-in-again).
  PasswordResetRequiredException: 'session-expired',
  UserNotConfirmedException: 'session-expired',
  UserNotFoundException: 'session-expired',
  TooManyRequestsException: 'throttled',
  LimitExceededException: 'throttled',
  InternalErrorException: 'unavailable',
  ConcurrentModificationException: 'unavailable',
  CodeMismatchException: 'invalid-code',
  EnableSoftwareTokenMFAException: 'invalid-code',
  ExpiredCodeException: 'invalid-code',
  AliasExistsException: 'conflict',
  CodeDeliveryFailureException: 'delivery-failed',
  InvalidPasswordException: 'invalid-password',
  PasswordHistoryPolicyViolationException: 'invalid-password',
  NotAuthorizedException: 'session-expired',
} as const satisfies Record<string, CognitoErrorCategory>;

/** A Cognito exception name the kit knows. */
export type CognitoExceptionName = keyof typeof CATEGORY_OF;

/**
 * Codes the kit gives errors that did not come from Cognito; never an AWS exception name
 * (those all end in `Exception`).
 */
export type KitErrorCode =
  | 'SessionExpired'
  | 'NoAccessToken'
  | 'UserMismatch'
  | 'NetworkError'
  | 'AbortError'
  | 'TimeoutError'
  | 'MalformedResponse'
  | 'ServiceUnavailable'
  | 'UnknownError'
  | 'AccountDeleted'
  | 'SignedOutEverywhere';

/** A `CognitoError.code`: a known exception or kit code, or any other name as the service sent it. */
export type CognitoErrorCode = CognitoExceptionName | KitErrorCode | (string & {});

/** Cognito reuses NotAuthorizedException for several causes; only the message tells them apart (docs/behaviour.md#not-authorized). */
export function notAuthorizedReason(message: string): 'expired' | 'revoked' | 'scopes' | 'other' {
  if (/expired/i.test(message)) return 'expired';
  if (/revoked/i.test(message)) return 'revoked';
  if (/scope/i.test(message)) return 'scopes';
  return 'other';
}

/** Normalises an exception name as the SDK does: `ns#Code:uri` → `Code`. */
export function normaliseErrorCode(raw: string): string {
  const withoutUri = raw.split(/[,:]/)[0] ?? raw;
  return withoutUri.slice(withoutUri.lastIndexOf('#') + 1).trim();
}

/**
 * Builds the kit's error from a Cognito exception name, message and HTTP status. `operation`
 * decides what a NotAuthorizedException that is not about the token means (its registry entry,
 * docs/behaviour.md#not-authorized): for ChangePassword, a wrong previous password.
 */
export function errorFromService(rawCode: string, message: string, status?: number, operation?: string): CognitoError {
  const code = normaliseErrorCode(rawCode) || 'UnknownError';
  let category: CognitoErrorCategory = (CATEGORY_OF as Record<string, CognitoErrorCategory>)[code] ?? 'unknown';
  if (code === 'NotAuthorizedException') {
    const reason = notAuthorizedReason(message);
    if (reason === 'scopes') category = 'configuration';
    else if (reason === 'other' && operation !== undefined && operationTraits(operation).notAuthorized === 'password') {
      category = 'wrong-password';
    }
  }
  if (category === 'unknown' && status !== undefined && status >= 500) category = 'unavailable';
  // What the SDK's standard retry strategy retries, less LimitExceeded: an attempt or quota
  // limit (a lockout of minutes) that no retry within seconds lifts (docs/behaviour.md#retries).
  const retryable = (category === 'throttled' && code !== 'LimitExceededException') || category === 'unavailable';
  return new CognitoError(message || code, { code, category, status, retryable });
}

export function networkError(cause: unknown): CognitoError {
  // Duck-typed: a DOMException from another realm (jsdom, an iframe) is no `instanceof Error`.
  const name = (cause as { name?: unknown } | null)?.name;
  const aborted = name === 'AbortError' || name === 'TimeoutError';
  const code = aborted ? name : 'NetworkError';
  const message = aborted ? 'The request to Cognito was aborted or timed out.' : 'Could not reach Cognito.';
  return new CognitoError(message, { code, category: 'network', retryable: !aborted, cause });
}

export function malformedResponse(operation: string, detail: string, status?: number): CognitoError {
  return new CognitoError(`Cognito sent a malformed ${operation} response: ${detail}.`, {
    code: 'MalformedResponse',
    category: 'malformed-response',
    status,
  });
}

/** Wraps anything thrown into a CognitoError, keeping CognitoErrors as they are. */
export function toCognitoError(error: unknown): CognitoError {
  if (error instanceof CognitoError) return error;
  return new CognitoError(error instanceof Error ? error.message : String(error), {
    code: error instanceof Error ? error.name : 'UnknownError',
    category: 'unknown',
    cause: error,
  });
}
