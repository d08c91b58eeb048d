import { describe, expect, it } from 'vitest';
import { createCognitoSimulator, type PoolConfig, type UserSpec } from './index.js';
import { PASSWORD_ATTEMPT_LIMIT, PASSWORD_LOCKOUT_MS } from './operations/password.js';
import { sha256Hex } from './sha256.js';
import { call } from './test-helpers.js';

const OLD = 'Old-password-1';
const START = Date.UTC(2030, 0, 1);

function setup(pool: PoolConfig = {}, user: Partial<UserSpec> = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...pool });
  const { accessToken } = sim.addUser({ username: 'ada', password: OLD, ...user });
  const change = (input: Record<string, unknown>) => call(sim, 'ChangePassword', accessToken, input);
  const advance = (ms: number) => (clock += ms);
  return { sim, accessToken, change, advance };
}

const fault = (code: string, message?: string) => ({ status: 400, body: { __type: code, ...(message && { message }) } });

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe('ChangePassword (account spec §10)', () => {
  it('changes the password: the new one is then the previous one, the old one is wrong', async () => {
    const { change } = setup();
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).toMatchObject({ status: 200, body: {} });
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'Other-password-3' })).toMatchObject(
      fault('NotAuthorizedException', 'Incorrect username or password.'),
    );
    expect(await change({ PreviousPassword: 'New-password-2', ProposedPassword: 'Other-password-3' })).toMatchObject({ status: 200 });
  });

  it('answers a wrong previous password with NotAuthorizedException "Incorrect username or password." and keeps the token working', async () => {
    const { sim, accessToken, change } = setup();
    expect(await change({ PreviousPassword: 'not-it', ProposedPassword: 'New-password-2' })).toMatchObject(
      fault('NotAuthorizedException', 'Incorrect username or password.'),
    );
    expect((await call(sim, 'GetUser', accessToken)).status).toBe(200);
  });

  it('requires the previous password from a user who has one', async () => {
    const { change } = setup();
    expect(await change({ ProposedPassword: 'New-password-2' })).toMatchObject(fault('InvalidParameterException'));
  });

  it('lets a passwordless user set a first password without a previous one, which adds PASSWORD to its factors', async () => {
    const { sim, accessToken, change } = setup({}, { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] });
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: false, configuredAuthFactors: ['WEB_AUTHN'] });
    expect((await call(sim, 'GetUserAuthFactors', accessToken)).body).toMatchObject({ ConfiguredUserAuthFactors: ['WEB_AUTHN'] });

    expect(await change({ ProposedPassword: 'First-password-1' })).toMatchObject({ status: 200 });
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: true, configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
    expect((await call(sim, 'GetUserAuthFactors', accessToken)).body).toMatchObject({
      ConfiguredUserAuthFactors: ['PASSWORD', 'WEB_AUTHN'],
    });
    // From now on the previous password is required and checked.
    expect(await change({ ProposedPassword: 'Second-password-2' })).toMatchObject(fault('InvalidParameterException'));
    expect(await change({ PreviousPassword: 'First-password-1', ProposedPassword: 'Second-password-2' })).toMatchObject({ status: 200 });
  });

  it.each([
    ['Sh0rt!a', 'Password does not conform to policy: Password not long enough'],
    ['lower-case-1', 'Password does not conform to policy: Password must have uppercase characters'],
    ['UPPER-CASE-1', 'Password does not conform to policy: Password must have lowercase characters'],
    ['No-digits-here', 'Password does not conform to policy: Password must have numeric characters'],
    ['NoSymbols123', 'Password does not conform to policy: Password must have symbol characters'],
    [' NoSymbols123 ', 'Password does not conform to policy: Password must have symbol characters'],
  ])('refuses %j under the default policy with InvalidPasswordException "%s"', async (proposed, message) => {
    const { change } = setup();
    expect(await change({ PreviousPassword: OLD, ProposedPassword: proposed })).toMatchObject(fault('InvalidPasswordException', message));
  });

  it.each(['Inner space 1', 'Caret^1a', 'Quote"1a', 'Back\\slash1a', 'Tick`1aA', 'Tilde~1a'])(
    'counts %j as having a symbol (Cognito’s list, and a space that is not at either end)',
    async (stem) => {
      const { change } = setup();
      const proposed = `${stem}Aa`.padEnd(8, 'x');
      expect(await change({ PreviousPassword: OLD, ProposedPassword: proposed })).toMatchObject({ status: 200 });
    },
  );

  it('follows a configured policy', async () => {
    const policy = { minimumLength: 12, requireSymbols: false, requireUppercase: false };
    const { change } = setup({ passwordPolicy: policy });
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'short1abc' })).toMatchObject(
      fault('InvalidPasswordException', 'Password does not conform to policy: Password not long enough'),
    );
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'long enough 1' })).toMatchObject({ status: 200 });
  });

  it('refuses a password among the last N with PasswordHistoryPolicyViolationException, and allows older ones', async () => {
    const { change } = setup({ passwordPolicy: { passwordHistorySize: 2 } });
    expect(await change({ PreviousPassword: OLD, ProposedPassword: OLD })).toMatchObject(fault('PasswordHistoryPolicyViolationException'));
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'Second-pass-2' })).toMatchObject({ status: 200 });
    expect(await change({ PreviousPassword: 'Second-pass-2', ProposedPassword: OLD })).toMatchObject(
      fault('PasswordHistoryPolicyViolationException'),
    );
    expect(await change({ PreviousPassword: 'Second-pass-2', ProposedPassword: 'Third-pass-3' })).toMatchObject({ status: 200 });
    // OLD is now three passwords back: outside a history of two.
    expect(await change({ PreviousPassword: 'Third-pass-3', ProposedPassword: OLD })).toMatchObject({ status: 200 });
  });

  it('allows setting the same password again when the pool keeps no history', async () => {
    const { change } = setup();
    expect(await change({ PreviousPassword: OLD, ProposedPassword: OLD })).toMatchObject({ status: 200 });
  });

  it('answers LimitExceededException after too many wrong previous passwords, even for the right one, until the lockout ends', async () => {
    const { change, advance } = setup();
    for (let attempt = 0; attempt < PASSWORD_ATTEMPT_LIMIT; attempt++) {
      expect(await change({ PreviousPassword: `wrong-${attempt}`, ProposedPassword: 'New-password-2' })).toMatchObject(
        fault('NotAuthorizedException'),
      );
    }
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).toMatchObject(
      fault('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    advance(PASSWORD_LOCKOUT_MS);
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).toMatchObject({ status: 200 });
  });

  it('resets the count of wrong attempts after a right one', async () => {
    const { change } = setup();
    for (let attempt = 0; attempt < PASSWORD_ATTEMPT_LIMIT - 1; attempt++) {
      await change({ PreviousPassword: 'wrong', ProposedPassword: 'New-password-2' });
    }
    expect(await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' })).toMatchObject({ status: 200 });
    expect(await change({ PreviousPassword: 'wrong', ProposedPassword: 'New-password-3' })).toMatchObject(fault('NotAuthorizedException'));
    expect(await change({ PreviousPassword: 'New-password-2', ProposedPassword: 'New-password-3' })).toMatchObject({ status: 200 });
  });

  it('validates the fields without echoing them', async () => {
    const { change } = setup();
    const long = `Aa1!${'x'.repeat(253)}`;
    const missing = await change({ PreviousPassword: OLD });
    expect(missing).toMatchObject(fault('InvalidParameterException'));
    expect(JSON.stringify(missing.body)).toContain("'proposedPassword'");
    const tooLong = await change({ PreviousPassword: OLD, ProposedPassword: long });
    expect(tooLong).toMatchObject(fault('InvalidParameterException'));
    expect(JSON.stringify(tooLong.body)).not.toContain(long);
    expect(JSON.stringify(tooLong.body)).not.toContain(OLD);
  });

  it('does not sign out the user’s sessions [?]', async () => {
    const { sim, accessToken, change } = setup();
    const other = sim.issueToken('ada');
    await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' });
    expect((await call(sim, 'GetUser', accessToken)).status).toBe(200);
    expect((await call(sim, 'GetUser', other)).status).toBe(200);
  });

  it('keeps passwords out of the call log and the user state', async () => {
    const { sim, change } = setup();
    await change({ PreviousPassword: OLD, ProposedPassword: 'New-password-2' });
    await change({ PreviousPassword: 'Wrong-guess-9', ProposedPassword: 'Another-one-3' });
    const recorded = JSON.stringify([sim.calls, sim.getUserState('ada')]);
    for (const secret of [OLD, 'New-password-2', 'Wrong-guess-9', 'Another-one-3']) expect(recorded).not.toContain(secret);
    expect(sim.calls[0]?.input).toEqual({ AccessToken: '<redacted>', PreviousPassword: '<redacted>', ProposedPassword: '<redacted>' });
  });
});

describe('user specs and patches', () => {
  it('gives a default user a password no test knows, listed as PASSWORD', async () => {
    const sim = createCognitoSimulator();
    const { accessToken } = sim.addUser({ username: 'ada' });
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: true, configuredAuthFactors: ['PASSWORD'] });
    expect(await call(sim, 'ChangePassword', accessToken, { PreviousPassword: '', ProposedPassword: 'New-password-2' })).toMatchObject(
      fault('InvalidParameterException'),
    );
  });

  it('sets and removes a password with updateUser', async () => {
    const { sim, change } = setup();
    sim.updateUser('ada', { password: 'Patched-pass-1' });
    expect(await change({ PreviousPassword: 'Patched-pass-1', ProposedPassword: 'New-password-2' })).toMatchObject({ status: 200 });
    sim.updateUser('ada', { password: null });
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: false, configuredAuthFactors: [] });
    sim.updateUser('ada', { configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP'] });
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: true, configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP'] });
  });
});

describe('DeleteUser (account spec §10)', () => {
  it('removes the user; its tokens then answer UserNotFoundException "User does not exist."', async () => {
    const { sim, accessToken } = setup();
    const other = sim.issueToken('ada');
    expect(await call(sim, 'DeleteUser', accessToken)).toMatchObject({ status: 200, body: {} });
    expect(() => sim.getUserState('ada')).toThrow('No simulated user "ada"');
    for (const token of [accessToken, other]) {
      expect(await call(sim, 'GetUser', token)).toMatchObject(fault('UserNotFoundException', 'User does not exist.'));
    }
    expect(await call(sim, 'DeleteUser', accessToken)).toMatchObject(fault('UserNotFoundException'));
  });

  it('does not let old tokens reach a new user who takes the same username', async () => {
    const { sim, accessToken } = setup();
    await call(sim, 'DeleteUser', accessToken);
    const fresh = sim.addUser({ username: 'ada' });
    expect(await call(sim, 'GetUser', accessToken)).toMatchObject(fault('UserNotFoundException'));
    expect((await call(sim, 'GetUser', fresh.accessToken)).status).toBe(200);
  });
});
