/**
 * The app's own sign-in: InitiateAuth (USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH) and
 * RespondToAuthChallenge for MFA, through the kit's fetch transport. Tokens live in this module's
 * memory only: never in localStorage, the URL, logs or the DOM. A reload signs the user out.
 */
import { createFetchTransport, initiateAuth, respondToAuthChallenge, type ChallengeName, type InitiateAuthOutput } from 'react-cognito-security';

const env = import.meta.env;

/**
 * Where Cognito is. `VITE_COGNITO_ENDPOINT` wins (the simulator or cognito-local behind the dev
 * server's `/cognito/` proxy); otherwise a region and client id mean the real service.
 */
export const config = {
  region: env.VITE_COGNITO_REGION ?? 'us-east-1',
  clientId: env.VITE_COGNITO_CLIENT_ID ?? 'simulatedclient',
  endpoint:
    env.VITE_COGNITO_ENDPOINT ??
    (env.VITE_COGNITO_REGION && env.VITE_COGNITO_CLIENT_ID ? undefined : new URL('/cognito/', window.location.origin).href),
};

/** One transport for sign-in and for the kit. */
export const transport = createFetchTransport({ region: config.region, ...(config.endpoint && { endpoint: config.endpoint }) });

export interface Session {
  username: string;
  /** The user's `sub`: scopes the kit's cache. */
  sub: string;
}

/** What the sign-in form shows: the form, an MFA challenge, or the signed-in page. */
export type AuthState =
  | { step: 'signed-out'; notice?: string }
  | { step: 'challenge'; challenge: ChallengeName; destination?: string; options?: string[] }
  | { step: 'signed-in'; session: Session };

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

let state: AuthState = { step: 'signed-out' };
let tokens: Tokens | null = null;
let pending: { username: string; session: string; challenge: ChallengeName } | null = null;
const listeners = new Set<() => void>();

function set(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** For `useSyncExternalStore`. */
export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const getState = (): AuthState => state;

function claims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

function settle(username: string, output: InitiateAuthOutput): void {
  const result = output.AuthenticationResult;
  if (result?.RefreshToken) {
    tokens = { accessToken: result.AccessToken, refreshToken: result.RefreshToken };
    pending = null;
    const sub = claims(result.AccessToken).sub;
    set({ step: 'signed-in', session: { username, sub: typeof sub === 'string' ? sub : username } });
    return;
  }
  if (output.ChallengeName && output.Session) {
    pending = { username, session: output.Session, challenge: output.ChallengeName };
    const options = output.ChallengeParameters?.MFAS_CAN_CHOOSE;
    set({
      step: 'challenge',
      challenge: output.ChallengeName,
      destination: output.ChallengeParameters?.CODE_DELIVERY_DESTINATION,
      options: options ? (JSON.parse(options) as string[]) : undefined,
    });
    return;
  }
  throw new Error('Cognito answered the sign-in with neither tokens nor a challenge.');
}

/** USER_PASSWORD_AUTH. Rejects with a `CognitoError` (a wrong password: category `wrong-password`). */
export async function signIn(username: string, password: string): Promise<void> {
  const output = await initiateAuth(transport, {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: config.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  settle(username, output);
}

/** The ChallengeResponses field that answers each challenge this example handles. */
const ANSWER_FIELDS: Partial<Record<ChallengeName, string>> = {
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SELECT_MFA_TYPE: 'ANSWER',
};

/** Answers the pending challenge: a code (SMS, email, authenticator app) or, for SELECT_MFA_TYPE, the factor. */
export async function answerChallenge(answer: string): Promise<void> {
  if (!pending) throw new Error('There is no sign-in challenge to answer.');
  const { username, session, challenge } = pending;
  const field = ANSWER_FIELDS[challenge];
  if (!field) throw new Error(`This example cannot answer the ${challenge} challenge.`);
  const output = await respondToAuthChallenge(transport, {
    ChallengeName: challenge,
    ClientId: config.clientId,
    Session: session,
    ChallengeResponses: { USERNAME: username, [field]: answer },
  });
  settle(username, output);
}

/** For `CognitoSecurityProvider`'s `getAccessToken`. */
export const getAccessToken = (): string | undefined => tokens?.accessToken;

/** For `refreshAccessToken`: REFRESH_TOKEN_AUTH (no rotation: the refresh token stays). */
export async function refreshAccessToken(): Promise<string> {
  if (!tokens) throw new Error('Signed out.');
  const output = await initiateAuth(transport, {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: config.clientId,
    AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
  });
  const accessToken = output.AuthenticationResult?.AccessToken;
  if (!accessToken) throw new Error('Cognito did not refresh the session.');
  tokens = { ...tokens, accessToken };
  return accessToken;
}

/** Forgets every token and goes back to the sign-in form, with `notice` shown there. */
export function signOut(notice?: string): void {
  tokens = null;
  pending = null;
  set(notice ? { step: 'signed-out', notice } : { step: 'signed-out' });
}
