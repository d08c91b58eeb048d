import { describe, expect, it } from 'vitest';
import { createCognitoSimulator, generateTotpCode } from './index.js';
import { call, ELIGIBLE, mfaOf } from './test-helpers.js';

const START = Date.UTC(2030, 0, 1);

function setup(config: Parameters<typeof createCognitoSimulator>[0] = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...config });
  const advance = (ms: number) => (clock += ms);
  return { sim, advance, now: () => clock };
}

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

describe('GetUser and GetUserAuthFactors (docs/behaviour.md#absent-versus-empty)', () => {
  it('omit the MFA fields for a user without MFA and never send MFAOptions', async () => {
    const { sim } = setup();
    const { accessToken, sub } = sim.addUser({ username: 'ada', attributes: { email: 'ada@example.com' } });

    const user = await call(sim, 'GetUser', accessToken);
    expect(user.status).toBe(200);
    expect(user.body).toStrictEqual({
      Username: 'ada',
      UserAttributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email', Value: 'ada@example.com' },
      ],
    });

    const factors = await call(sim, 'GetUserAuthFactors', accessToken);
    expect(factors.body).toStrictEqual({ Username: 'ada', ConfiguredUserAuthFactors: ['PASSWORD'] });
  });

  it('list enabled factors and the preference when there are some', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({
      username: 'ada',
      ...ELIGIBLE,
      enabledMfa: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA'],
      preferredMfa: 'SMS_MFA',
    });

    expect((await call(sim, 'GetUser', accessToken)).body).toMatchObject({
      UserMFASettingList: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      PreferredMfaSetting: 'SMS_MFA',
    });
    expect((await call(sim, 'GetUserAuthFactors', accessToken)).body).toStrictEqual({
      Username: 'ada',
      UserMFASettingList: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      PreferredMfaSetting: 'SMS_MFA',
      ConfiguredUserAuthFactors: ['PASSWORD', 'SOFTWARE_TOKEN'],
    });
  });

  it('answer with the JSON 1.1 content type and a request id', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    const { headers } = await call(sim, 'GetUser', accessToken);
    expect(headers['Content-Type']).toBe('application/x-amz-json-1.1');
    expect(headers['x-amzn-RequestId']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('access tokens (docs/behaviour.md#access-tokens)', () => {
  it('are JWT-shaped with the Cognito access-token claims', () => {
    const { sim } = setup({ region: 'eu-west-1', userPoolId: 'eu-west-1_Pool', clientId: 'client123' });
    const { accessToken, sub } = sim.addUser({ username: 'ada' });
    expect(accessToken.split('.')).toHaveLength(3);
    expect(claimsOf(accessToken)).toMatchObject({
      sub,
      username: 'ada',
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool',
      client_id: 'client123',
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      exp: START / 1000 + 3600,
    });
    expect(claimsOf(sim.issueToken('ada')).jti).not.toBe(claimsOf(accessToken).jti);
  });

  const rejected = (message: string) => ({ status: 400, body: { __type: 'NotAuthorizedException', message } });

  it('a token the simulator did not issue is invalid', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    const forged = `${accessToken.split('.').slice(0, 2).join('.')}.forged`;
    expect(await call(sim, 'GetUser', forged)).toMatchObject(rejected('Invalid Access Token'));
    expect(await call(sim, 'GetUser', 'not-a-jwt')).toMatchObject(rejected('Invalid Access Token'));
  });

  it('expires when its exp passes', async () => {
    const { sim, advance } = setup();
    const token = sim.issueToken(sim.addUser({ username: 'ada' }).username, { expiresInSeconds: 60 });
    advance(59_000);
    expect((await call(sim, 'GetUser', token)).status).toBe(200);
    advance(1_000);
    expect(await call(sim, 'GetUser', token)).toMatchObject(rejected('Access Token has expired'));
  });

  it('expireToken expires one token only', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    const other = sim.issueToken('ada');
    sim.expireToken(accessToken);
    expect(await call(sim, 'GetUser', accessToken)).toMatchObject(rejected('Access Token has expired'));
    expect((await call(sim, 'GetUser', other)).status).toBe(200);
  });

  it('revokeTokens revokes every token of that user, and only that user', async () => {
    const { sim } = setup();
    const ada = sim.addUser({ username: 'ada' });
    const second = sim.issueToken('ada');
    const bob = sim.addUser({ username: 'bob' });
    sim.revokeTokens('ada');
    expect(await call(sim, 'GetUser', ada.accessToken)).toMatchObject(rejected('Access Token has been revoked'));
    expect(await call(sim, 'GetUser', second)).toMatchObject(rejected('Access Token has been revoked'));
    expect((await call(sim, 'GetUser', bob.accessToken)).status).toBe(200);
    expect((await call(sim, 'GetUser', sim.issueToken('ada'))).status).toBe(200);
  });

  it('a token without the admin scope lacks the required scopes', async () => {
    const { sim } = setup();
    sim.addUser({ username: 'ada' });
    const token = sim.issueToken('ada', { scope: 'openid email' });
    expect(await call(sim, 'GetUser', token)).toMatchObject(rejected('Access Token does not have required scopes'));
  });

  it('a missing token fails validation', async () => {
    const { sim } = setup();
    const response = await sim.handle('GetUser', {});
    expect(response).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
    expect((response.body as { message: string }).message).toContain("'accessToken'");
  });
});

describe('software token (docs/behaviour.md#mfa-row-13, #mfa-row-14)', () => {
  it('row 14: associate then verify with a computed code registers TOTP without enabling it', async () => {
    const { sim, now } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });

    const associated = await call(sim, 'AssociateSoftwareToken', accessToken);
    const { SecretCode } = associated.body as { SecretCode: string };
    expect(SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(sim.getUserState('ada')).toMatchObject({ totpVerified: false, pendingTotpSecret: SecretCode });

    const verified = await call(sim, 'VerifySoftwareToken', accessToken, {
      UserCode: await generateTotpCode(SecretCode, now()),
    });
    expect(verified).toMatchObject({ status: 200, body: { Status: 'SUCCESS' } });
    expect(sim.getUserState('ada')).toMatchObject({
      totpVerified: true,
      totpSecret: SecretCode,
      pendingTotpSecret: null,
      enabledMfa: [],
      configuredAuthFactors: ['PASSWORD', 'SOFTWARE_TOKEN'],
    });

    const enabled = await call(sim, 'SetUserMFAPreference', accessToken, {
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(enabled.status).toBe(200);
    expect(mfaOf(sim, 'ada')).toEqual({ enabledMfa: ['SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' });
  });

  it('a wrong code answers EnableSoftwareTokenMFAException and leaves the secret pending', async () => {
    const { sim, now } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    const { SecretCode } = (await call(sim, 'AssociateSoftwareToken', accessToken)).body as { SecretCode: string };
    const stale = await generateTotpCode(SecretCode, now() - 90_000);

    expect(await call(sim, 'VerifySoftwareToken', accessToken, { UserCode: stale })).toMatchObject({
      status: 400,
      body: { __type: 'EnableSoftwareTokenMFAException', message: 'Code mismatch and fail enable Software Token MFA' },
    });
    expect(sim.getUserState('ada')).toMatchObject({ totpVerified: false, pendingTotpSecret: SecretCode });
  });

  it('a code that is not 6 digits fails validation', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    await call(sim, 'AssociateSoftwareToken', accessToken);
    for (const UserCode of ['12345', '1234567', 'abcdef', 123456]) {
      expect(await call(sim, 'VerifySoftwareToken', accessToken, { UserCode })).toMatchObject({
        status: 400,
        body: { __type: 'InvalidParameterException' },
      });
    }
  });

  it('verifying without an associated secret answers SoftwareTokenMFANotFoundException', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    expect(await call(sim, 'VerifySoftwareToken', accessToken, { UserCode: '123456' })).toMatchObject({
      status: 400,
      body: { __type: 'SoftwareTokenMFANotFoundException', message: 'Software Token MFA does not exist for the user.' },
    });
  });

  it('is refused when the pool does not offer TOTP', async () => {
    const { sim } = setup({ factors: ['SMS_MFA'] });
    const { accessToken } = sim.addUser({ username: 'ada' });
    expect(await call(sim, 'AssociateSoftwareToken', accessToken)).toMatchObject({
      status: 400,
      body: { __type: 'SoftwareTokenMFANotFoundException' },
    });
  });

  it('row 13: re-association drops the old secret at once while SOFTWARE_TOKEN_MFA stays listed', async () => {
    const { sim, now } = setup();
    const { accessToken } = sim.addUser({
      username: 'ada',
      ...ELIGIBLE,
      enabledMfa: ['SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
    });

    const { SecretCode } = (await call(sim, 'AssociateSoftwareToken', accessToken)).body as { SecretCode: string };
    expect(SecretCode).not.toBe(ELIGIBLE.totpSecret);
    expect(sim.getUserState('ada')).toMatchObject({
      totpVerified: false,
      totpSecret: null,
      enabledMfa: ['SOFTWARE_TOKEN_MFA'],
      configuredAuthFactors: ['PASSWORD'],
    });
    expect((await call(sim, 'GetUser', accessToken)).body).toMatchObject({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });

    // Re-enabling needs a verified token again (row 2); turning it off stays possible (not row 3).
    const reEnable = await call(sim, 'SetUserMFAPreference', accessToken, { SoftwareTokenMfaSettings: { Enabled: true } });
    expect(reEnable.status).toBe(400);

    const oldCode = await generateTotpCode(ELIGIBLE.totpSecret, now());
    expect((await call(sim, 'VerifySoftwareToken', accessToken, { UserCode: oldCode })).body).toMatchObject({
      __type: 'EnableSoftwareTokenMFAException',
    });
    const newCode = await generateTotpCode(SecretCode, now());
    expect((await call(sim, 'VerifySoftwareToken', accessToken, { UserCode: newCode })).status).toBe(200);
    expect(sim.getUserState('ada')).toMatchObject({ totpVerified: true, totpSecret: SecretCode });
  });

  it('row 13: a user with a listed but unverified token may still turn it off', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE, enabledMfa: ['SOFTWARE_TOKEN_MFA'] });
    await call(sim, 'AssociateSoftwareToken', accessToken);
    const response = await call(sim, 'SetUserMFAPreference', accessToken, { SoftwareTokenMfaSettings: { Enabled: false } });
    expect(response.status).toBe(200);
    expect(mfaOf(sim, 'ada').enabledMfa).toEqual([]);
  });
});

describe('failNext', () => {
  it('queues failures per operation, in order, then answers normally again', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.failNext('GetUser', { code: 'TooManyRequestsException' });
    sim.failNext('GetUser', { code: 'InternalErrorException' });
    sim.failNext('GetUser', { code: 'CustomException', message: 'Nope', status: 418 });

    expect((await call(sim, 'GetUserAuthFactors', accessToken)).status).toBe(200);
    expect(await call(sim, 'GetUser', accessToken)).toMatchObject({
      status: 400,
      body: { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
    });
    expect(await call(sim, 'GetUser', accessToken)).toMatchObject({
      status: 500,
      body: { __type: 'InternalErrorException' },
    });
    expect(await call(sim, 'GetUser', accessToken)).toMatchObject({
      status: 418,
      body: { __type: 'CustomException', message: 'Nope' },
    });
    expect((await call(sim, 'GetUser', accessToken)).status).toBe(200);
  });

  it('a failed mutation changes nothing', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    sim.failNext('SetUserMFAPreference', 'network');
    const response = await call(sim, 'SetUserMFAPreference', accessToken, { SMSMfaSettings: { Enabled: true } });
    expect(response).toMatchObject({ status: 0, networkError: true });
    expect(mfaOf(sim, 'ada').enabledMfa).toEqual([]);
  });

  it("'malformed' answers 200 with a body that is not JSON", async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.failNext('GetUser', 'malformed');
    const response = await call(sim, 'GetUser', accessToken);
    expect(response.status).toBe(200);
    expect(typeof response.body).toBe('string');
    expect(() => JSON.parse(response.body as string) as unknown).toThrow();
  });
});

describe('call log', () => {
  it('records every call with its outcome and never the access token', async () => {
    const { sim, advance } = setup();
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    await call(sim, 'GetUser', accessToken);
    advance(1000);
    await call(sim, 'SetUserMFAPreference', accessToken, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    sim.failNext('GetUser', 'network');
    await call(sim, 'GetUser', accessToken);
    await call(sim, 'GetUser', 'bogus');

    expect(sim.calls).toEqual([
      { operation: 'GetUser', input: { AccessToken: '<redacted>' }, status: 200, at: START },
      {
        operation: 'SetUserMFAPreference',
        input: { AccessToken: '<redacted>', EmailMfaSettings: { Enabled: true, PreferredMfa: true } },
        status: 200,
        at: START + 1000,
      },
      { operation: 'GetUser', input: { AccessToken: '<redacted>' }, status: 0, at: START + 1000 },
      {
        operation: 'GetUser',
        input: { AccessToken: '<redacted>' },
        status: 400,
        errorCode: 'NotAuthorizedException',
        at: START + 1000,
      },
    ]);
    expect(JSON.stringify(sim.calls)).not.toContain(accessToken);

    sim.resetCalls();
    expect(sim.calls).toEqual([]);
  });

  it('is a copy that callers cannot corrupt', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    await call(sim, 'GetUser', accessToken);
    const [entry] = sim.calls;
    if (entry) entry.input.AccessToken = 'tampered';
    expect(sim.calls[0]?.input.AccessToken).toBe('<redacted>');
  });
});

describe('handle', () => {
  it('answers UnknownOperationException for an operation it does not serve', async () => {
    const { sim } = setup();
    expect(await sim.handle('AdminDeleteUser', {})).toMatchObject({
      status: 400,
      body: { __type: 'UnknownOperationException' },
    });
  });

  it('answers SerializationException for a body that is not a JSON object', async () => {
    const { sim } = setup();
    for (const body of ['{not json', '[]', null]) {
      expect(await sim.handle('GetUser', body)).toMatchObject({ status: 400, body: { __type: 'SerializationException' } });
    }
  });

  it('accepts the raw request text as the body', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    expect((await sim.handle('GetUser', JSON.stringify({ AccessToken: accessToken }))).status).toBe(200);
  });
});

describe('users and controls', () => {
  it('addUser refuses a taken username and a preference that is not enabled', () => {
    const { sim } = setup();
    sim.addUser({ username: 'ada' });
    expect(() => sim.addUser({ username: 'ada' })).toThrow(/already exists/);
    expect(() => sim.addUser({ username: 'bob', preferredMfa: 'SMS_MFA' })).toThrow(/must be one of enabledMfa/);
  });

  it('addUser generates a verified secret when TOTP is enabled without one', () => {
    const { sim } = setup();
    sim.addUser({ username: 'ada', enabledMfa: ['SOFTWARE_TOKEN_MFA'] });
    const state = sim.getUserState('ada');
    expect(state.totpVerified).toBe(true);
    expect(state.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('updateUser merges attributes (an empty value deletes) and checks consistency', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    sim.updateUser('ada', { attributes: { phone_number: '', email_verified: 'true' } });
    expect(sim.getUserState('ada').attributes).toEqual({ email: 'ada@example.com', email_verified: 'true' });
    expect((await call(sim, 'SetUserMFAPreference', accessToken, { SMSMfaSettings: { Enabled: true } })).status).toBe(400);
    expect(() => sim.updateUser('ada', { preferredMfa: 'EMAIL_OTP' })).toThrow(/must be one of enabledMfa/);
    expect(sim.getUserState('ada').preferredMfa).toBeNull();
  });

  it('getUserState returns a copy', () => {
    const { sim } = setup();
    sim.addUser({ username: 'ada', attributes: { email: 'a@example.com' } });
    sim.getUserState('ada').attributes.email = 'changed';
    expect(sim.getUserState('ada').attributes.email).toBe('a@example.com');
    expect(() => sim.getUserState('nobody')).toThrow(/No simulated user/);
  });

  it('latencyOf prefers the operation over the wildcard', () => {
    const { sim } = setup();
    sim.setLatency('*', 50);
    sim.setLatency('GetUser', 200);
    expect(sim.latencyOf('GetUser')).toBe(200);
    expect(sim.latencyOf('SetUserMFAPreference')).toBe(50);
  });

  it('reset removes users, tokens, controls and calls', async () => {
    const { sim } = setup();
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.setLatency('*', 100);
    sim.failNext('GetUser', 'network');
    await call(sim, 'GetUserAuthFactors', accessToken);
    sim.reset();
    expect(sim.calls).toEqual([]);
    expect(sim.latencyOf('GetUser')).toBe(0);
    expect(() => sim.getUserState('ada')).toThrow();
    const again = sim.addUser({ username: 'ada' });
    expect((await call(sim, 'GetUser', again.accessToken)).status).toBe(200);
    expect((await call(sim, 'GetUser', accessToken)).body).toMatchObject({ message: 'Invalid Access Token' });
  });
});
