import {
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  GetUserAuthFactorsCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoSimulator, startSimulatorServer, type SimulatorServer } from './index.js';
import { ELIGIBLE } from './test-helpers.js';

const sim = createCognitoSimulator();
let server: SimulatorServer;
let client: CognitoIdentityProviderClient;

beforeAll(async () => {
  server = await startSimulatorServer(sim);
  client = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: server.url, maxAttempts: 1 });
});
afterEach(() => sim.reset());
afterAll(async () => {
  client.destroy();
  await server.close();
});

const post = (body: unknown, operation = 'GetUser') =>
  fetch(server.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });

async function rejectionOf(promise: Promise<unknown>): Promise<CognitoIdentityProviderServiceException> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof CognitoIdentityProviderServiceException)) throw error;
  return error;
}

describe('startSimulatorServer', () => {
  it('listens on a free loopback port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves plain fetch', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    const response = await post({ AccessToken: accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    await expect(response.json()).resolves.toMatchObject({ Username: 'ada' });
  });

  it('serves the real AWS SDK v3 client', async () => {
    const { accessToken, sub } = sim.addUser({ username: 'ada', ...ELIGIBLE });

    await client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SMSMfaSettings: { Enabled: true, PreferredMfa: false },
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );

    const user = await client.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(user.Username).toBe('ada');
    expect(user.UserAttributes).toContainEqual({ Name: 'sub', Value: sub });
    expect(user.UserMFASettingList).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    expect(user.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    expect(user.MFAOptions).toBeUndefined();

    const factors = await client.send(new GetUserAuthFactorsCommand({ AccessToken: accessToken }));
    expect(factors.ConfiguredUserAuthFactors).toEqual(['PASSWORD', 'SOFTWARE_TOKEN']);
  });

  it('gives the SDK modelled errors with the 400 status and the request id', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });

    const invalid = await rejectionOf(
      client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SMSMfaSettings: { Enabled: true } })),
    );
    expect(invalid.name).toBe('InvalidParameterException');
    expect(invalid.message).toBe('User does not have delivery config set to turn on SMS_MFA');
    expect(invalid.$metadata.httpStatusCode).toBe(400);
    expect(invalid.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(invalid.$fault).toBe('client');

    sim.revokeTokens('ada');
    const revoked = await rejectionOf(client.send(new GetUserCommand({ AccessToken: accessToken })));
    expect(revoked.name).toBe('NotAuthorizedException');
    expect(revoked.message).toBe('Access Token has been revoked');
    expect(revoked.$metadata.httpStatusCode).toBe(400);
  });

  it('answers InternalErrorException with HTTP 500, a server fault', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.failNext('GetUser', { code: 'InternalErrorException' });
    const error = await rejectionOf(client.send(new GetUserCommand({ AccessToken: accessToken })));
    expect(error.name).toBe('InternalErrorException');
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$fault).toBe('server');
  });

  it("destroys the socket for failNext 'network', then serves the next call", async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.failNext('GetUser', 'network');
    await expect(post({ AccessToken: accessToken })).rejects.toThrow(TypeError);
    expect((await post({ AccessToken: accessToken })).status).toBe(200);
  });

  it('applies latency', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.setLatency('*', 120);
    const started = performance.now();
    await client.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});
