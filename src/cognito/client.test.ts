/** Token handling shared by every request of one client: one refresh per expired token. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoClient } from './client.js';
import { createFetchTransport } from './transport.js';
import { createCognitoSimulator, createSimulatorHandlers, type CognitoSimulator, type SimulatedUser } from '../testing/index.js';
import { installHandlers } from '../../test/handlers.js';

let sim: CognitoSimulator;
let ada: SimulatedUser;

beforeEach(() => {
  sim = createCognitoSimulator();
  ada = sim.addUser({ username: 'ada', attributes: { phone_number: '+15555550123' } });
  installHandlers(createSimulatorHandlers(sim));
});
afterEach(() => vi.restoreAllMocks());

/** An app's token callbacks: the refresh takes a while, as a real one does, and rotates the token. */
function appTokens(initial: string) {
  let token = initial;
  const refreshAccessToken = vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    token = sim.issueToken('ada');
    return token;
  });
  return { getAccessToken: () => token, refreshAccessToken, onSessionExpired: vi.fn() };
}

const transport = createFetchTransport({ region: 'us-east-1', retry: false });
const everyRequest = (client: ReturnType<typeof createCognitoClient>) =>
  Promise.all([
    client.getUser(),
    client.getUserAuthFactors(),
    client.setUserMfaPreference({ SMSMfaSettings: { Enabled: true, PreferredMfa: false } }),
  ]);

describe('one client, several requests meeting one expired token', () => {
  it('answered "expired" by Cognito: one refresh, each request replayed once with the new token', async () => {
    sim.expireToken(ada.accessToken);
    const tokens = appTokens(ada.accessToken);
    const client = createCognitoClient({ transport, userId: ada.sub, ...tokens });

    await everyRequest(client);

    expect(tokens.refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(sim.calls.map((call) => `${call.operation} ${call.errorCode ?? 'ok'}`).sort()).toEqual([
      'GetUser NotAuthorizedException',
      'GetUser ok',
      'GetUserAuthFactors NotAuthorizedException',
      'GetUserAuthFactors ok',
      'SetUserMFAPreference NotAuthorizedException',
      'SetUserMFAPreference ok',
    ]);
    expect(sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
    expect(tokens.onSessionExpired).not.toHaveBeenCalled();
  });

  it('expired by its `exp` claim: one refresh ahead of time, no request sent with the old token', async () => {
    const stale = sim.issueToken('ada', { expiresInSeconds: -60 });
    const tokens = appTokens(stale);
    const client = createCognitoClient({ transport, userId: ada.sub, ...tokens });

    await everyRequest(client);

    expect(tokens.refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(sim.calls.map((call) => call.errorCode ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
  });

  it('a later expiry of the refreshed token gets a refresh of its own', async () => {
    sim.expireToken(ada.accessToken);
    const tokens = appTokens(ada.accessToken);
    const client = createCognitoClient({ transport, userId: ada.sub, ...tokens });
    await client.getUser();
    sim.expireToken(tokens.getAccessToken());

    await client.getUser();

    expect(tokens.refreshAccessToken).toHaveBeenCalledTimes(2);
  });

  it('a request meeting another expired token while a refresh runs waits for that refresh', async () => {
    // An app whose getAccessToken hands out two tokens, both expired: still one refresh in flight.
    const first = sim.issueToken('ada', { expiresInSeconds: -60 });
    const second = sim.issueToken('ada', { expiresInSeconds: -30 });
    const tokens = appTokens(first);
    let reads = 0;
    const client = createCognitoClient({
      transport,
      userId: ada.sub,
      ...tokens,
      getAccessToken: () => (tokens.refreshAccessToken.mock.calls.length > 0 || reads++ === 0 ? tokens.getAccessToken() : second),
    });

    await Promise.all([client.getUser(), client.getUserAuthFactors()]);

    expect(tokens.refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(sim.calls.map((call) => call.errorCode ?? 'ok')).toEqual(['ok', 'ok']);
  });

  it('a refresh that leaves the expired token in place ends the session without replaying it', async () => {
    sim.expireToken(ada.accessToken);
    const onSessionExpired = vi.fn();
    // What an app without a refresh gives: nothing new, so getAccessToken is asked again.
    const refreshAccessToken = vi.fn(() => undefined);
    const client = createCognitoClient({ transport, userId: ada.sub, getAccessToken: () => ada.accessToken, refreshAccessToken, onSessionExpired });

    await expect(client.getUser()).rejects.toMatchObject({ category: 'session-expired' });

    expect(sim.calls.map((call) => `${call.operation} ${call.errorCode ?? 'ok'}`)).toEqual(['GetUser NotAuthorizedException']);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('a token expired by its `exp` claim and no new one: the session ends before any request', async () => {
    const stale = sim.issueToken('ada', { expiresInSeconds: -60 });
    const onSessionExpired = vi.fn();
    const client = createCognitoClient({ transport, userId: ada.sub, getAccessToken: () => stale, refreshAccessToken: () => undefined, onSessionExpired });

    await expect(client.getUser()).rejects.toMatchObject({ category: 'session-expired' });

    expect(sim.calls).toEqual([]);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('a failed shared refresh ends the session once, for every request that waited on it', async () => {
    sim.expireToken(ada.accessToken);
    const onSessionExpired = vi.fn();
    const refreshAccessToken = vi.fn(() => Promise.reject(new Error('Refresh Token has been revoked')));
    const client = createCognitoClient({ transport, userId: ada.sub, getAccessToken: () => ada.accessToken, refreshAccessToken, onSessionExpired });

    const results = await Promise.allSettled([client.getUser(), client.getUserAuthFactors(), client.getUser()]);

    const ended = { status: 'rejected', reason: expect.objectContaining({ category: 'session-expired' }) as unknown };
    expect(results).toEqual([ended, ended, ended]);
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(sim.getUserState('ada').enabledMfa).toEqual([]);
  });
});
