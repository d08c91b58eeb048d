import { describe, expect, it } from 'vitest';
import { createFetchTransport } from '../cognito/transport.js';
import { initiateAuth, respondToAuthChallenge } from '../cognito/auth.js';
import { CognitoError } from '../cognito/errors.js';
import { createCognitoSimulator, generateTotpCode, type PoolConfig, type UserSpec } from './index.js';
import { AUTH_SESSION_ATTEMPTS, AUTH_SESSION_TTL_MS } from './operations/auth.js';
import { call, ELIGIBLE } from './test-helpers.js';

const PASSWORD = 'Sign-in-pass-1';
const START = Date.UTC(2030, 0, 1);
const CLIENT = 'simulatedclient';

function setup(pool: PoolConfig = {}, user: Partial<UserSpec> = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...pool });
  sim.addUser({ username: 'ada', password: PASSWORD, ...user });
  const initiate = (input: Record<string, unknown>) => sim.handle('InitiateAuth', { ClientId: CLIENT, ...input });
  const passwordAuth = (USERNAME: string, password: string) =>
    initiate({ AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD: password } });
  const refresh = (REFRESH_TOKEN: string) => initiate({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN } });
  const respond = (input: Record<string, unknown>) => sim.handle('RespondToAuthChallenge', { ClientId: CLIENT, ...input });
  const advance = (ms: number) => (clock += ms);
  const now = () => clock;
  return { sim, initiate, passwordAuth, refresh, respond, advance, now };
}

const fault = (code: string, message?: string) => ({ status: 400, body: { __type: code, ...(message && { message }) } });

interface AuthBody {
  AuthenticationResult?: { AccessToken: string; IdToken?: string; RefreshToken?: string; ExpiresIn: number; TokenType: string };
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}
const bodyOf = (response: { body: unknown }) => response.body as AuthBody;

const claimsOf = (jwt: string) => JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;

describe('InitiateAuth USER_PASSWORD_AUTH', () => {
  it('issues access, ID and refresh tokens that every other operation accepts', async () => {
    const { sim, passwordAuth } = setup({}, { attributes: { email: 'ada@example.com' } });
    const response = await passwordAuth('ada', PASSWORD);
    expect(response.status).toBe(200);
    const result = bodyOf(response).AuthenticationResult;
    expect(result).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    expect(result?.RefreshToken?.split('.')).toHaveLength(5);
    const getUser = await call(sim, 'GetUser', result?.AccessToken ?? '');
    expect(getUser).toMatchObject({ status: 200, body: { Username: 'ada' } });
    expect(claimsOf(result?.IdToken ?? '')).toMatchObject({ token_use: 'id', 'cognito:username': 'ada', email: 'ada@example.com', aud: CLIENT });
    expect(claimsOf(result?.AccessToken ?? '')).toMatchObject({ token_use: 'access', client_id: CLIENT, username: 'ada' });
    // An ID token is no access token.
    expect(await call(sim, 'GetUser', result?.IdToken ?? '')).toMatchObject(fault('NotAuthorizedException', 'Invalid Access Token'));
  });

  it('answers a wrong password and, with PreventUserExistenceErrors on, an unknown user alike', async () => {
    const { passwordAuth } = setup();
    expect(await passwordAuth('ada', 'wrong')).toMatchObject(fault('NotAuthorizedException', 'Incorrect username or password.'));
    expect(await passwordAuth('nobody', PASSWORD)).toMatchObject(fault('NotAuthorizedException', 'Incorrect username or password.'));
  });

  it('says UserNotFoundException for an unknown user when the client is LEGACY', async () => {
    const { passwordAuth } = setup({ preventUserExistenceErrors: false });
    expect(await passwordAuth('nobody', PASSWORD)).toMatchObject(fault('UserNotFoundException', 'User does not exist.'));
  });

  it('refuses a passwordless user, an unknown client and missing parameters', async () => {
    const { passwordAuth, initiate } = setup({}, { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] });
    expect(await passwordAuth('ada', PASSWORD)).toMatchObject(fault('NotAuthorizedException'));
    expect(await initiate({ ClientId: 'other', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'ada', PASSWORD } })).toMatchObject(
      fault('ResourceNotFoundException', 'User pool client other does not exist.'),
    );
    expect(await initiate({ AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'ada' } })).toMatchObject(
      fault('InvalidParameterException', 'Missing required parameter PASSWORD'),
    );
    expect(await initiate({ AuthFlow: 'USER_SRP_AUTH', AuthParameters: {} })).toMatchObject(fault('InvalidParameterException'));
  });

  it('signs in with the new password after ChangePassword, not the old one', async () => {
    const { sim, passwordAuth } = setup();
    const token = bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult?.AccessToken ?? '';
    expect(await call(sim, 'ChangePassword', token, { PreviousPassword: PASSWORD, ProposedPassword: 'New-pass-word-2' })).toMatchObject({ status: 200 });
    expect(await passwordAuth('ada', PASSWORD)).toMatchObject(fault('NotAuthorizedException'));
    expect((await passwordAuth('ada', 'New-pass-word-2')).status).toBe(200);
  });

  it('keeps passwords, codes, refresh tokens and sessions out of the call log', async () => {
    const { sim, passwordAuth, refresh, respond } = setup({}, { enabledMfa: ['SOFTWARE_TOKEN_MFA'], totpSecret: ELIGIBLE.totpSecret });
    const { Session } = bodyOf(await passwordAuth('ada', PASSWORD));
    const code = await generateTotpCode(ELIGIBLE.totpSecret, START);
    const tokens = bodyOf(
      await respond({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session, ChallengeResponses: { USERNAME: 'ada', SOFTWARE_TOKEN_MFA_CODE: code } }),
    ).AuthenticationResult;
    await refresh(tokens?.RefreshToken ?? '');
    const log = JSON.stringify(sim.calls);
    for (const secret of [PASSWORD, code, Session, tokens?.RefreshToken]) expect(log).not.toContain(secret);
    expect(sim.calls[0]?.input).toEqual({
      ClientId: CLIENT,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ada', PASSWORD: '<redacted>' },
    });
  });
});

describe('InitiateAuth with MFA (RespondToAuthChallenge)', () => {
  it('challenges with the preferred factor and signs in with the authenticator code', async () => {
    const { passwordAuth, respond, now } = setup({}, { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' });
    const challenge = bodyOf(await passwordAuth('ada', PASSWORD));
    expect(challenge).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: expect.any(String) as unknown });
    expect(challenge.AuthenticationResult).toBeUndefined();
    const answer = (SOFTWARE_TOKEN_MFA_CODE: string) =>
      respond({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: challenge.Session, ChallengeResponses: { USERNAME: 'ada', SOFTWARE_TOKEN_MFA_CODE } });
    const right = await generateTotpCode(ELIGIBLE.totpSecret, now());
    const wrong = right === '000000' ? '111111' : '000000';
    expect(await answer(wrong)).toMatchObject(fault('CodeMismatchException', 'Invalid code received for user'));
    expect(bodyOf(await answer(right)).AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    // A session answers once.
    expect(await answer(right)).toMatchObject(fault('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
  });

  it('sends an SMS code to the outbox for SMS_MFA, with the masked destination', async () => {
    const { sim, passwordAuth, respond } = setup({}, { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] });
    const challenge = bodyOf(await passwordAuth('ada', PASSWORD));
    expect(challenge).toMatchObject({
      ChallengeName: 'SMS_MFA',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0100' },
    });
    const code = sim.lastCode('ada', 'phone_number');
    const response = await respond({ ChallengeName: 'SMS_MFA', Session: challenge.Session, ChallengeResponses: { USERNAME: 'ada', SMS_MFA_CODE: code } });
    expect(response.status).toBe(200);
  });

  it('asks to select a factor when several are enabled and none is preferred', async () => {
    const { passwordAuth, respond } = setup({}, { ...ELIGIBLE, enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] });
    const select = bodyOf(await passwordAuth('ada', PASSWORD));
    expect(select).toMatchObject({ ChallengeName: 'SELECT_MFA_TYPE', ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' } });
    const next = bodyOf(await respond({ ChallengeName: 'SELECT_MFA_TYPE', Session: select.Session, ChallengeResponses: { USERNAME: 'ada', ANSWER: 'EMAIL_OTP' } }));
    expect(next).toMatchObject({ ChallengeName: 'EMAIL_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' } });
  });

  it('expires the session after three minutes and after three wrong codes', async () => {
    const { passwordAuth, respond, advance } = setup({}, { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] });
    const first = bodyOf(await passwordAuth('ada', PASSWORD));
    const answer = (Session: string | undefined) =>
      respond({ ChallengeName: 'SMS_MFA', Session, ChallengeResponses: { USERNAME: 'ada', SMS_MFA_CODE: 'nope' } });
    for (let i = 0; i < AUTH_SESSION_ATTEMPTS; i++) expect(await answer(first.Session)).toMatchObject(fault('CodeMismatchException'));
    expect(await answer(first.Session)).toMatchObject(fault('NotAuthorizedException'));
    const second = bodyOf(await passwordAuth('ada', PASSWORD));
    advance(AUTH_SESSION_TTL_MS);
    expect(await answer(second.Session)).toMatchObject(fault('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
  });

  it('does not challenge when the pool has MFA off', async () => {
    const { passwordAuth } = setup({ mfa: 'OFF' }, { ...ELIGIBLE, enabledMfa: ['SMS_MFA'] });
    expect(bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult).toBeDefined();
  });
});

describe('InitiateAuth REFRESH_TOKEN_AUTH', () => {
  it('issues a new access token and ID token, and no new refresh token', async () => {
    const { sim, passwordAuth, refresh } = setup();
    const first = bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult;
    const again = bodyOf(await refresh(first?.RefreshToken ?? '')).AuthenticationResult;
    expect(again?.AccessToken).not.toBe(first?.AccessToken);
    expect(again?.IdToken).toEqual(expect.any(String));
    expect(again?.RefreshToken).toBeUndefined();
    expect((await call(sim, 'GetUser', again?.AccessToken ?? '')).status).toBe(200);
  });

  it('refuses an unknown refresh token, and a revoked one after the user is signed out everywhere', async () => {
    const { sim, passwordAuth, refresh } = setup();
    expect(await refresh('not-a-token')).toMatchObject(fault('NotAuthorizedException', 'Invalid Refresh Token'));
    const first = bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult;
    sim.revokeTokens('ada');
    expect(await refresh(first?.RefreshToken ?? '')).toMatchObject(fault('NotAuthorizedException', 'Refresh Token has been revoked'));
    expect(await call(sim, 'GetUser', first?.AccessToken ?? '')).toMatchObject(fault('NotAuthorizedException', 'Access Token has been revoked'));
  });

  it('refuses the refresh token after GlobalSignOut', async () => {
    const { sim, passwordAuth, refresh } = setup();
    const first = bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult;
    expect((await call(sim, 'GlobalSignOut', first?.AccessToken ?? '')).status).toBe(200);
    expect(await refresh(first?.RefreshToken ?? '')).toMatchObject(fault('NotAuthorizedException', 'Refresh Token has been revoked'));
    // A new sign-in works again.
    expect((await passwordAuth('ada', PASSWORD)).status).toBe(200);
  });

  it('refuses the refresh token of a deleted user', async () => {
    const { sim, passwordAuth, refresh } = setup();
    const first = bodyOf(await passwordAuth('ada', PASSWORD)).AuthenticationResult;
    expect((await call(sim, 'DeleteUser', first?.AccessToken ?? '')).status).toBe(200);
    expect(await refresh(first?.RefreshToken ?? '')).toMatchObject(fault('NotAuthorizedException', 'Refresh Token has been revoked'));
  });
});

describe('initiateAuth / respondToAuthChallenge over the fetch transport', () => {
  it('signs in through the kit transport and reads a wrong password as a field error', async () => {
    const { sim } = setup();
    const transport = createFetchTransport({
      region: 'us-east-1',
      endpoint: 'https://cognito.test/',
      retry: false,
      fetch: async (_url, init) => {
        const target = new Headers(init?.headers).get('X-Amz-Target') ?? '';
        const response = await sim.handle(target.split('.')[1] ?? '', init?.body as string);
        return new Response(JSON.stringify(response.body), { status: response.status });
      },
    });
    const ok = await initiateAuth(transport, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT, AuthParameters: { USERNAME: 'ada', PASSWORD } });
    expect(ok.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    expect(sim.calls[0]?.input).not.toHaveProperty('AccessToken');
    const error: unknown = await initiateAuth(transport, {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: CLIENT,
      AuthParameters: { USERNAME: 'ada', PASSWORD: 'wrong' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ code: 'NotAuthorizedException', category: 'wrong-password' });
    const refused: unknown = await respondToAuthChallenge(transport, {
      ChallengeName: 'SMS_MFA',
      ClientId: CLIENT,
      Session: 'stale',
      ChallengeResponses: { USERNAME: 'ada', SMS_MFA_CODE: '123456' },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'NotAuthorizedException' });
  });
});
