/**
 * Sign-in wire shapes: InitiateAuth and RespondToAuthChallenge. The kit itself never signs anyone
 * in (the app does, with Amplify, oidc-client-ts or its own code); these are here so an app that
 * signs in with a plain `fetch` can use the kit's transport for it, and so the simulator can issue
 * tokens the way the service does. Both operations carry no access token.
 */
import { malformedResponse } from './errors.js';
import type { CognitoTransport, SendOptions } from './transport.js';

/** `AuthFlow` values; the simulator serves USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH. */
export type AuthFlow =
  | 'USER_PASSWORD_AUTH'
  | 'REFRESH_TOKEN_AUTH'
  | 'REFRESH_TOKEN'
  | 'USER_SRP_AUTH'
  | 'USER_AUTH'
  | 'CUSTOM_AUTH'
  | (string & {});

/** `ChallengeName` values a password sign-in may answer with. */
export type ChallengeName =
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'EMAIL_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'NEW_PASSWORD_REQUIRED'
  | (string & {});

export interface InitiateAuthInput {
  AuthFlow: AuthFlow;
  ClientId: string;
  /** USER_PASSWORD_AUTH: `USERNAME`, `PASSWORD` (and `SECRET_HASH` for a client with a secret); REFRESH_TOKEN_AUTH: `REFRESH_TOKEN`. */
  AuthParameters: Record<string, string>;
  ClientMetadata?: Record<string, string>;
}

export interface AuthenticationResultType {
  AccessToken: string;
  IdToken?: string;
  /** Only from a sign-in; REFRESH_TOKEN_AUTH keeps the refresh token it was given (no rotation). */
  RefreshToken?: string;
  /** Seconds. */
  ExpiresIn: number;
  TokenType: 'Bearer' | (string & {});
}

export interface InitiateAuthOutput {
  AuthenticationResult?: AuthenticationResultType;
  ChallengeName?: ChallengeName;
  /** Opaque; sent back with RespondToAuthChallenge. A secret: never log it. */
  Session?: string;
  /** e.g. `CODE_DELIVERY_DELIVERY_MEDIUM`, `CODE_DELIVERY_DESTINATION` (masked), `USER_ID_FOR_SRP`. */
  ChallengeParameters?: Record<string, string>;
}

export interface RespondToAuthChallengeInput {
  ChallengeName: ChallengeName;
  ClientId: string;
  Session: string;
  /** `USERNAME` and the answer: `SOFTWARE_TOKEN_MFA_CODE`, `SMS_MFA_CODE` or `EMAIL_OTP_CODE`. */
  ChallengeResponses: Record<string, string>;
}

export type RespondToAuthChallengeOutput = InitiateAuthOutput;

/** The operations that carry no access token. */
export const SIGN_IN_OPERATIONS = ['InitiateAuth', 'RespondToAuthChallenge'] as const;

/** The name of an operation that carries no access token. */
export type SignInOperationName = (typeof SIGN_IN_OPERATIONS)[number];

// The transport's `send` is typed for the kit's token-carrying calls; these two send no
// `AccessToken` (none is added: the transports serialise the input as given).
type TokenlessSend = (operation: SignInOperationName, input: object, options?: SendOptions) => Promise<unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks the answer at the boundary: tokens (an access token at least) or a challenge. */
function parseAuthOutput(operation: SignInOperationName, output: unknown): InitiateAuthOutput {
  if (isRecord(output)) {
    const result = output.AuthenticationResult;
    if (isRecord(result) && typeof result.AccessToken === 'string') return output;
    if (result === undefined && typeof output.ChallengeName === 'string') return output;
  }
  throw malformedResponse(operation, 'neither an AuthenticationResult with an AccessToken nor a ChallengeName');
}

/** InitiateAuth through a kit transport (no access token). Rejects with a `CognitoError`. */
export async function initiateAuth(transport: CognitoTransport, input: InitiateAuthInput, options?: SendOptions): Promise<InitiateAuthOutput> {
  return parseAuthOutput('InitiateAuth', await (transport.send as TokenlessSend)('InitiateAuth', input, options));
}

/** RespondToAuthChallenge through a kit transport (no access token). Rejects with a `CognitoError`. */
export async function respondToAuthChallenge(
  transport: CognitoTransport,
  input: RespondToAuthChallengeInput,
  options?: SendOptions,
): Promise<RespondToAuthChallengeOutput> {
  return parseAuthOutput('RespondToAuthChallenge', await (transport.send as TokenlessSend)('RespondToAuthChallenge', input, options));
}
