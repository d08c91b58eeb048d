import { describe, expect, it, vi } from 'vitest';
import { createCognitoClient } from './client.js';
import { errorFromService, type CognitoError } from './errors.js';
import {
  changePassword,
  DEFAULT_PASSWORD_POLICY,
  deleteUser,
  meetsPasswordRule,
  PASSWORD_SYMBOLS,
  passwordRules,
  resolvePasswordPolicy,
  unmetPasswordRules,
} from './password.js';
import { createFetchTransport } from './transport.js';
import { createCognitoSimulator, createSimulatorHandlers } from '../testing/index.js';
import { installHandlers } from '../../test/handlers.js';

const OLD = 'Old-password-1';

function setup() {
  const sim = createCognitoSimulator();
  const user = sim.addUser({ username: 'ada', password: OLD });
  installHandlers(createSimulatorHandlers(sim));
  const onSessionExpired = vi.fn<(error: CognitoError) => void>();
  let token = user.accessToken;
  const client = createCognitoClient({
    transport: createFetchTransport({ region: 'us-east-1', retry: { baseDelayMs: 1 } }),
    userId: user.sub,
    getAccessToken: () => token,
    refreshAccessToken: () => {
      token = sim.issueToken('ada');
    },
    onSessionExpired,
  });
  return { sim, user, client, onSessionExpired };
}

describe('changePassword', () => {
  it('changes the password through the client', async () => {
    const { sim, client } = setup();
    await changePassword(client, { PreviousPassword: OLD, ProposedPassword: 'New-password-2' });
    expect(sim.calls.map((call) => [call.operation, call.status])).toEqual([['ChangePassword', 200]]);
  });

  it('reads a wrong previous password as `wrong-password` and keeps the session: no onSessionExpired, later calls work', async () => {
    const { client, onSessionExpired } = setup();
    const error = await changePassword(client, { PreviousPassword: 'nope', ProposedPassword: 'New-password-2' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'NotAuthorizedException', category: 'wrong-password', retryable: false });
    expect(onSessionExpired).not.toHaveBeenCalled();
    await expect(client.getUser()).resolves.toMatchObject({ username: 'ada' });
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('still ends the session, once, on "Access Token has been revoked" from ChangePassword', async () => {
    const { sim, client, onSessionExpired } = setup();
    sim.revokeTokens('ada');
    await expect(changePassword(client, { PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).rejects.toMatchObject({
      category: 'session-expired',
    });
    await expect(client.getUser()).rejects.toMatchObject({ category: 'session-expired' });
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('refreshes and replays once on an expired token, without counting it as a wrong password', async () => {
    const { sim, user, client, onSessionExpired } = setup();
    sim.expireToken(user.accessToken);
    await changePassword(client, { PreviousPassword: OLD, ProposedPassword: 'New-password-2' });
    expect(sim.calls.map((call) => call.errorCode ?? call.status)).toEqual(['NotAuthorizedException', 200]);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('reads a policy refusal as `invalid-password` with the service’s reason as the message', async () => {
    const { client } = setup();
    await expect(changePassword(client, { PreviousPassword: OLD, ProposedPassword: 'short' })).rejects.toMatchObject({
      code: 'InvalidPasswordException',
      category: 'invalid-password',
      message: 'Password does not conform to policy: Password not long enough',
    });
  });

  it('maps every NotAuthorized message on ChangePassword by its meaning', () => {
    const read = (message: string) => errorFromService('NotAuthorizedException', message, 400, 'ChangePassword').category;
    expect(read('Incorrect username or password.')).toBe('wrong-password');
    expect(read('Access Token has been revoked')).toBe('session-expired');
    expect(read('Access Token has expired')).toBe('session-expired');
    expect(read('Access Token does not have required scopes')).toBe('configuration');
    // The same message on any other operation is not about a password.
    expect(errorFromService('NotAuthorizedException', 'Incorrect username or password.', 400, 'DeleteUser').category).toBe('session-expired');
  });

  it('rejects a malformed answer at the boundary', async () => {
    const { sim, client } = setup();
    sim.failNext('ChangePassword', 'malformed');
    await expect(changePassword(client, { PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).rejects.toMatchObject({
      category: 'malformed-response',
    });
  });
});

describe('deleteUser', () => {
  it('deletes the account; the token then fails as for a user that does not exist, which ends the session once', async () => {
    const { sim, client, onSessionExpired } = setup();
    await deleteUser(client);
    expect(() => sim.getUserState('ada')).toThrow();
    await expect(client.getUser()).rejects.toMatchObject({ code: 'UserNotFoundException', category: 'session-expired' });
    await expect(client.getUser()).rejects.toMatchObject({ category: 'session-expired' });
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('sent again after its answer was lost: the account is already gone, which is what was asked', async () => {
    const { sim, user, client, onSessionExpired } = setup();
    // The first DeleteUser reached Cognito; its answer did not reach the app.
    await sim.handle('DeleteUser', { AccessToken: user.accessToken });

    await expect(deleteUser(client)).resolves.toBeUndefined();

    expect(sim.calls.map((call) => `${call.operation} ${call.errorCode ?? 'ok'}`)).toEqual(['DeleteUser ok', 'DeleteUser UserNotFoundException']);
    // The caller ends the session with its own reason (useDeleteAccount: onAccountDeleted).
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});

describe('password policy rules', () => {
  it('lists the default policy’s rules in the order Cognito reports them', () => {
    expect(passwordRules(DEFAULT_PASSWORD_POLICY)).toEqual(['length', 'uppercase', 'lowercase', 'number', 'symbol']);
    expect(passwordRules(resolvePasswordPolicy({ requireSymbols: false, requireUppercase: false }))).toEqual([
      'length',
      'lowercase',
      'number',
    ]);
  });

  it('tells which rules a password does not meet yet', () => {
    expect(unmetPasswordRules('', DEFAULT_PASSWORD_POLICY)).toEqual(['length', 'uppercase', 'lowercase', 'number', 'symbol']);
    expect(unmetPasswordRules('abcdefgh', DEFAULT_PASSWORD_POLICY)).toEqual(['uppercase', 'number', 'symbol']);
    expect(unmetPasswordRules('Abcdefg1!', DEFAULT_PASSWORD_POLICY)).toEqual([]);
  });

  it('counts every character of Cognito’s symbol list, and an inner space, as a symbol', () => {
    for (const symbol of PASSWORD_SYMBOLS) expect(meetsPasswordRule('symbol', `a${symbol}b`, DEFAULT_PASSWORD_POLICY), symbol).toBe(true);
    expect(meetsPasswordRule('symbol', 'a b', DEFAULT_PASSWORD_POLICY)).toBe(true);
    expect(meetsPasswordRule('symbol', ' ab ', DEFAULT_PASSWORD_POLICY)).toBe(false);
    expect(meetsPasswordRule('symbol', 'ab£€', DEFAULT_PASSWORD_POLICY)).toBe(false);
  });
});
