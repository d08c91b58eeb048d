// Served through the suite's one msw/node server (test/setup.ts): two servers at once would
// each run the handlers, so every request would reach the simulator twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCognitoSimulator, createSimulatorHandlers } from './index.js';
import { installHandlers } from '../../test/handlers.js';
import { ELIGIBLE } from './test-helpers.js';

const sim = createCognitoSimulator({ region: 'eu-west-1' });

beforeEach(() =>
  installHandlers([
    ...createSimulatorHandlers(sim),
    ...createSimulatorHandlers(sim, { endpoint: 'http://localhost:9229/' }),
  ]),
);
afterEach(() => sim.reset());

const REGIONAL = 'https://cognito-idp.eu-west-1.amazonaws.com/';

function post(operation: string, body: unknown, { url = REGIONAL, contentType = 'application/x-amz-json-1.1' } = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
}

describe('createSimulatorHandlers', () => {
  it('serves any regional endpoint with the JSON 1.1 protocol', async () => {
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE, enabledMfa: ['SMS_MFA'] });
    const urls = [
      REGIONAL,
      'https://cognito-idp.ap-southeast-2.amazonaws.com/',
      'https://cognito-idp-fips.us-east-1.amazonaws.com/',
    ];
    for (const url of urls) {
      const response = await post('GetUser', { AccessToken: accessToken }, { url });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
      expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
      await expect(response.json()).resolves.toMatchObject({ Username: 'ada', UserMFASettingList: ['SMS_MFA'] });
    }
  });

  it('serves a custom endpoint', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    const response = await post('GetUserAuthFactors', { AccessToken: accessToken }, { url: 'http://localhost:9229/' });
    await expect(response.json()).resolves.toEqual({ Username: 'ada', ConfiguredUserAuthFactors: ['PASSWORD'] });
    expect(sim.calls.map((entry) => entry.operation)).toEqual(['GetUserAuthFactors']);
  });

  it('changes state through SetUserMFAPreference and answers errors as the service does', async () => {
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    const ok = await post('SetUserMFAPreference', {
      AccessToken: accessToken,
      SMSMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(ok.status).toBe(200);
    await expect(ok.json()).resolves.toEqual({});
    expect(sim.getUserState('ada').preferredMfa).toBe('SMS_MFA');

    sim.expireToken(accessToken);
    const expired = await post('GetUser', { AccessToken: accessToken });
    expect(expired.status).toBe(400);
    await expect(expired.json()).resolves.toEqual({ __type: 'NotAuthorizedException', message: 'Access Token has expired' });
  });

  it('refuses a request that is not JSON 1.1', async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    const response = await post('GetUser', { AccessToken: accessToken }, { contentType: 'application/json' });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toMatchObject({ __type: 'UnknownOperationException' });
  });

  it('applies latency before the simulator sees the request', async () => {
    const { accessToken } = sim.addUser({ username: 'ada', ...ELIGIBLE });
    sim.setLatency('SetUserMFAPreference', 150);
    const started = performance.now();
    const pending = post('SetUserMFAPreference', { AccessToken: accessToken, EmailMfaSettings: { Enabled: true } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sim.calls).toEqual([]);
    expect((await pending).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(sim.getUserState('ada').enabledMfa).toEqual(['EMAIL_OTP']);
  });

  it("turns failNext 'network' into a failed fetch and 'malformed' into a non-JSON 200", async () => {
    const { accessToken } = sim.addUser({ username: 'ada' });
    sim.failNext('GetUser', 'network');
    sim.failNext('GetUser', 'malformed');
    await expect(post('GetUser', { AccessToken: accessToken })).rejects.toThrow(TypeError);
    const malformed = await post('GetUser', { AccessToken: accessToken });
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();
    expect((await post('GetUser', { AccessToken: accessToken })).status).toBe(200);
  });
});
