import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkTransport } from '../../src/aws-sdk.js';
import { createCognitoClient, type CognitoClient } from '../../src/cognito/client.js';
import { CognitoError } from '../../src/cognito/errors.js';
import { associateSoftwareToken, verifySoftwareToken } from '../../src/cognito/softwareToken.js';
import { createFetchTransport } from '../../src/cognito/transport.js';
import {
  createCognitoSimulator,
  generateTotpCode,
  startSimulatorServer,
  type CognitoSimulator,
  type SimulatorServer,
} from '../../src/testing/index.js';

/** A simulated pool on 127.0.0.1 for the enclosing suite; read its fields inside tests. */
function poolOnLoopback() {
  const pool = {} as { sim: CognitoSimulator; server: SimulatorServer };
  beforeAll(async () => {
    pool.sim = createCognitoSimulator();
    pool.server = await startSimulatorServer(pool.sim);
  });
  afterAll(() => pool.server.close());
  return pool;
}

const shared = poolOnLoopback();
let sim: CognitoSimulator;
let server: SimulatorServer;
beforeAll(() => ({ sim, server } = shared));

const transports = {
  fetch: () => createFetchTransport({ region: 'us-east-1', endpoint: server.url, retry: false }),
  'aws-sdk': () =>
    createSdkTransport(new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: server.url, maxAttempts: 1 })),
};

type Outcome = { ok: unknown } | { error: Pick<CognitoError, 'code' | 'category' | 'status' | 'retryable' | 'message'> };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await run() };
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    const { code, category, status, retryable, message } = error;
    return { error: { code, category, status, retryable, message } };
  }
}

/** One scenario list, run through a transport against a fresh user: the outcomes must match. */
async function runScenarios(name: keyof typeof transports): Promise<Outcome[]> {
  const user = sim.addUser({
    username: `parity-${name}`,
    sub: `sub-${name}`,
    attributes: { email: 'p@example.com', phone_number: '+15555550100' },
    configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP'],
  });
  const client: CognitoClient = createCognitoClient({ transport: transports[name](), getAccessToken: () => user.accessToken });
  const steps: Array<() => Promise<unknown>> = [
    () => client.getUser().then((u) => ({ ...u, username: 'x', attributes: { ...u.attributes, sub: 'x' } })),
    () => client.getUserAuthFactors().then((f) => ({ ...f, username: 'x' })),
    () => client.setUserMfaPreference({ SMSMfaSettings: { Enabled: true, PreferredMfa: true } }),
    () => client.getUserAuthFactors().then((f) => ({ ...f, username: 'x' })),
    () => client.setUserMfaPreference({ SMSMfaSettings: { Enabled: false, PreferredMfa: true } }),
    () => client.setUserMfaPreference({ SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false } }),
    async () => {
      const { SecretCode } = await associateSoftwareToken(client);
      const code = await generateTotpCode(SecretCode);
      const wrong = await outcome(() => verifySoftwareToken(client, { UserCode: code === '000000' ? '111111' : '000000' }));
      const right = await verifySoftwareToken(client, { UserCode: code, FriendlyDeviceName: 'Phone' });
      return { wrong, right };
    },
    () => client.setUserMfaPreference({ SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
    () => client.getUser().then((u) => ({ enabled: u.enabled, preferred: u.preferred })),
    () => {
      sim.failNext('GetUser', { code: 'TooManyRequestsException', message: 'Rate exceeded' });
      return client.getUser();
    },
    () => {
      sim.failNext('GetUserAuthFactors', { code: 'InternalErrorException', message: 'Internal error' });
      return client.getUserAuthFactors();
    },
    () => {
      sim.failNext('GetUser', { code: 'BrandNewException', message: 'Something new' });
      return client.getUser();
    },
    () => {
      sim.failNext('GetUser', 'malformed');
      return client.getUser();
    },
    () => {
      sim.revokeTokens(user.username);
      return client.getUser();
    },
  ];
  const outcomes: Outcome[] = [];
  for (const step of steps) outcomes.push(await outcome(step));
  return outcomes;
}

describe('transport parity', () => {
  it('gives the same results and errors through fetch and through the AWS SDK', async () => {
    const viaFetch = await runScenarios('fetch');
    const viaSdk = await runScenarios('aws-sdk');
    // Compare everything but the human wording of kit-made malformed-response messages.
    const comparable = (outcomes: Outcome[]) =>
      outcomes.map((o) => ('error' in o && o.error.category === 'malformed-response' ? { error: { category: o.error.category } } : o));
    expect(comparable(viaSdk)).toEqual(comparable(viaFetch));
    // And the scenarios really exercised success and each kind of failure.
    expect(viaFetch.map((o) => ('ok' in o ? 'ok' : o.error.code))).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'InvalidParameterException',
      'InvalidParameterException',
      'ok',
      'ok',
      'ok',
      'TooManyRequestsException',
      'InternalErrorException',
      'BrandNewException',
      'MalformedResponse',
      'NotAuthorizedException',
    ]);
    expect(viaFetch[8]).toEqual({ ok: { enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' } });
  });
});

describe('fetch transport', () => {
  const client = (retry: Parameters<typeof createFetchTransport>[0]['retry']) => {
    const user = sim.addUser({ username: `retry-${Math.random()}` });
    sim.resetCalls();
    return createCognitoClient({
      transport: createFetchTransport({ region: 'us-east-1', endpoint: server.url, retry }),
      getAccessToken: () => user.accessToken,
    });
  };
  const count = (operation: string) => sim.calls.filter((call) => call.operation === operation).length;

  it('sends the JSON 1.1 protocol: target header, content type and the token in the body', async () => {
    const requests: Request[] = [];
    const user = sim.addUser({ username: 'wire' });
    const transport = createFetchTransport({
      region: 'eu-west-1',
      fetch: (input, init) => {
        requests.push(new Request(input, init));
        return fetch(server.url, init);
      },
    });
    await createCognitoClient({ transport, getAccessToken: () => user.accessToken }).getUser();
    const [request] = requests;
    expect(request?.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(request?.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.GetUser');
    expect(request?.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(request?.headers.get('authorization')).toBeNull();
    expect(await request?.json()).toEqual({ AccessToken: user.accessToken });
  });

  it('retries throttling and then succeeds', async () => {
    const c = client({ baseDelayMs: 1 });
    sim.failNext('GetUser', { code: 'TooManyRequestsException' });
    sim.failNext('GetUser', { code: 'TooManyRequestsException' });
    await expect(c.getUser()).resolves.toMatchObject({ enabled: [] });
    expect(count('GetUser')).toBe(3);
  });

  it('never re-sends after LimitExceeded, an attempt limit that no retry within seconds lifts', async () => {
    const c = client({ baseDelayMs: 1 });
    sim.failNext('GetUser', { code: 'LimitExceededException' });
    await expect(c.getUser()).rejects.toMatchObject({ code: 'LimitExceededException', category: 'throttled', retryable: false });
    expect(count('GetUser')).toBe(1);
  });

  it('retries a read after a network failure or a 5xx, but never a mutation whose outcome is unknown', async () => {
    const c = client({ baseDelayMs: 1 });
    sim.failNext('GetUser', 'network');
    sim.failNext('GetUser', { code: 'InternalErrorException' });
    await expect(c.getUser()).resolves.toBeDefined();
    expect(count('GetUser')).toBe(3);

    sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
    await expect(c.setUserMfaPreference({ EmailMfaSettings: { Enabled: true, PreferredMfa: false } })).rejects.toMatchObject({
      category: 'unavailable',
    });
    expect(count('SetUserMFAPreference')).toBe(1);
  });

  it('retries a throttled mutation, which Cognito rejected before applying', async () => {
    const c = client({ baseDelayMs: 1 });
    sim.failNext('SetUserMFAPreference', { code: 'TooManyRequestsException' });
    await expect(c.setUserMfaPreference({ SMSMfaSettings: { Enabled: false, PreferredMfa: false } })).resolves.toBeUndefined();
    expect(count('SetUserMFAPreference')).toBe(2);
  });

  it('gives up after the configured attempts and reports the last error', async () => {
    const c = client({ attempts: 2, baseDelayMs: 1 });
    for (let i = 0; i < 2; i++) sim.failNext('GetUser', { code: 'TooManyRequestsException', message: 'Rate exceeded' });
    await expect(c.getUser()).rejects.toMatchObject({ code: 'TooManyRequestsException', category: 'throttled', retryable: true });
    expect(count('GetUser')).toBe(2);
  });

  it('reports a network failure as such', async () => {
    const c = client(false);
    sim.failNext('GetUser', 'network');
    await expect(c.getUser()).rejects.toMatchObject({ code: 'NetworkError', category: 'network' });
  });

  it('reports an aborted request without retrying it', async () => {
    const c = client({ baseDelayMs: 1 });
    sim.setLatency('GetUser', 200);
    const controller = new AbortController();
    const pending = c.getUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'AbortError', category: 'network', retryable: false });
    sim.setLatency('GetUser', 0);
  });

  it('reads an HTTP 500 with a non-JSON body as the service being unavailable', async () => {
    const transport = createFetchTransport({
      region: 'us-east-1',
      retry: false,
      fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })),
    });
    await expect(transport.send('GetUser', { AccessToken: 't' })).rejects.toMatchObject({
      category: 'unavailable',
      status: 502,
      message: 'Cognito answered HTTP 502 without an error code.',
    });
  });

  it('reads the error code from the x-amzn-ErrorType header when the body has none', async () => {
    const transport = createFetchTransport({
      region: 'us-east-1',
      retry: false,
      fetch: () =>
        Promise.resolve(
          new Response('{}', { status: 400, headers: { 'x-amzn-ErrorType': 'UserNotFoundException:http://internal.amazon.com/' } }),
        ),
    });
    await expect(transport.send('GetUser', { AccessToken: 't' })).rejects.toMatchObject({
      code: 'UserNotFoundException',
      category: 'session-expired',
    });
  });
});

describe('AWS SDK transport with the SDK’s own retries on', () => {
  // A pool of its own: no failure queued by another suite can reach these counts.
  const own = poolOnLoopback();
  const sdkClient = () => {
    const user = own.sim.addUser({ username: `sdk-retry-${Math.random()}` });
    own.sim.resetCalls();
    const sdk = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: own.server.url, maxAttempts: 3 });
    return createCognitoClient({ transport: createSdkTransport(sdk), getAccessToken: () => user.accessToken });
  };
  const count = (operation: string) => own.sim.calls.filter((call) => call.operation === operation).length;

  it('lets the SDK retry a read after a 5xx', async () => {
    const c = sdkClient();
    own.sim.failNext('GetUser', { code: 'InternalErrorException' });
    await expect(c.getUser()).resolves.toBeDefined();
    expect(count('GetUser')).toBe(2);
  });

  it('never re-sends a change whose outcome is unknown, and reports the first answer', async () => {
    const c = sdkClient();
    own.sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
    await expect(c.setUserMfaPreference({ EmailMfaSettings: { Enabled: true, PreferredMfa: false } })).rejects.toMatchObject({
      code: 'InternalErrorException',
      category: 'unavailable',
    });
    expect(count('SetUserMFAPreference')).toBe(1);
  });

  it('still re-sends a throttled change, which Cognito rejected before applying', async () => {
    const c = sdkClient();
    own.sim.failNext('SetUserMFAPreference', { code: 'TooManyRequestsException' });
    await expect(c.setUserMfaPreference({ SMSMfaSettings: { Enabled: false, PreferredMfa: false } })).resolves.toBeUndefined();
    expect(count('SetUserMFAPreference')).toBe(2);
  });

  it('sends no operation again after LimitExceeded, though the SDK would', async () => {
    const c = sdkClient();
    own.sim.failNext('GetUser', { code: 'LimitExceededException' });
    own.sim.failNext('SetUserMFAPreference', { code: 'LimitExceededException' });
    await expect(c.getUser()).rejects.toMatchObject({ code: 'LimitExceededException', category: 'throttled' });
    await expect(c.setUserMfaPreference({ SMSMfaSettings: { Enabled: false, PreferredMfa: false } })).rejects.toMatchObject({
      code: 'LimitExceededException',
    });
    expect([count('GetUser'), count('SetUserMFAPreference')]).toEqual([1, 1]);
  });
});
